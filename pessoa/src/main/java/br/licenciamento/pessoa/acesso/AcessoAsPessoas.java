package br.licenciamento.pessoa.acesso;

import br.licenciamento.api.comum.AcaoNaoPermitidaException;
import br.licenciamento.api.pessoa.FichaPessoa;
import br.licenciamento.api.pessoa.PessoasRepresentadas;
import br.licenciamento.pessoa.representacao.Representacoes;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.seguranca.Atuante;
import br.licenciamento.platform.seguranca.GuardaDeRecursos;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import br.licenciamento.platform.web.UmaVezPorRequisicao;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static br.licenciamento.pessoa.Textos.MENSAGENS;

/**
 * Who reaches which person, the one place of this module that decides it (pessoa/README.md). Agency staff
 * reach every person their role allows. An applicant reaches:
 * <ul>
 *   <li>the persons they registered, in everything;</li>
 *   <li>a person who granted one of those persons a power of attorney in force: only that person's card, without
 *       contacts, address or other people's grants; anything else about them is refused (403);</li>
 *   <li>nobody else: the same 404 as for an id that does not exist, decided before the body is read.</li>
 * </ul>
 */
@Component
public class AcessoAsPessoas extends GuardaDeRecursos {

    static final String REGRA_PROCURADOR = "procuracao-nao-abrange-o-cadastro";
    private static final String FICHA = "/api/v1/pessoas/{pessoaId}";

    private final UsuarioAtual usuario;
    private final Representacoes representacoes;

    AcessoAsPessoas(UsuarioAtual usuario, Representacoes representacoes) {
        super("br.licenciamento.pessoa");
        this.usuario = usuario;
        this.representacoes = representacoes;
    }

    @Override
    protected void verificar(Pedido pedido) {
        String pessoaId = pedido.variaveis().get("pessoaId");
        if (pessoaId == null) {
            return;
        }
        Optional<PessoasRepresentadas> requerente = doRequerente();
        if (requerente.isEmpty() || requerente.get().representa(pessoaId)) {
            return;
        }
        if (!requerente.get().eProcuradorDe(pessoaId)) {
            throw naoEncontrada(pessoaId);
        }
        if (!(pedido.leitura() && FICHA.equals(pedido.rota()))) {
            throw new AcaoNaoPermitidaException(MENSAGENS, REGRA_PROCURADOR);
        }
    }

    /** The answer for a person that does not exist, and for one the caller may not know of. */
    public static RecursoNaoEncontradoException naoEncontrada(String pessoaId) {
        return new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.pessoa", pessoaId));
    }

    /** The persons a search may answer: empty for agency staff (the whole registry). */
    public Optional<Set<String>> pesquisaRestritaA() {
        return doRequerente().map(PessoasRepresentadas::pessoasVisiveis);
    }

    /** Whether the caller may learn who holds a document already registered (their own person, or agency staff). */
    public boolean podeConhecer(String pessoaId) {
        return doRequerente().map(r -> r.representa(pessoaId)).orElse(true);
    }

    /** The card as the caller may see it: whole for its own applicant and for staff, reduced for an attorney. */
    public FichaPessoa fichaVisivel(FichaPessoa ficha) {
        Optional<PessoasRepresentadas> requerente = doRequerente();
        if (requerente.isEmpty() || requerente.get().representa(ficha.pessoaId())) {
            return ficha;
        }
        Set<String> meus = Set.copyOf(requerente.get().pessoaIds());
        return new FichaPessoa(ficha.pessoaId(), ficha.tipo(), ficha.documento(), ficha.nome(), ficha.nomeFantasia(),
                ficha.cnaePrincipal(), null, ficha.representanteLegalNome(), null, null, null, ficha.ativa(),
                ficha.dadosEliminados(), ficha.registradaEm(),
                ficha.procuracoes().stream().filter(p -> meus.contains(p.procuradorId())).toList(), List.of());
    }

    /** Read once per request: the route check and the shaping of the answer see the same representation. */
    private Optional<PessoasRepresentadas> doRequerente() {
        Atuante atuante = Atuante.de(usuario);
        return atuante.soRequerente() ? Optional.of(UmaVezPorRequisicao.obter("pessoas-representadas:" + atuante.usuario(),
                () -> representacoes.de(atuante.usuario()))) : Optional.empty();
    }
}
