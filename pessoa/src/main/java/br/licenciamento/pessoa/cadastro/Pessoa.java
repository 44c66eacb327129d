package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.pessoa.AtualizarContatos;
import br.licenciamento.api.pessoa.AutorizarProcurador;
import br.licenciamento.api.pessoa.ContatosAtualizados;
import br.licenciamento.api.pessoa.DadosPessoaisEliminados;
import br.licenciamento.api.pessoa.DesignarResponsavelTecnico;
import br.licenciamento.api.pessoa.EliminarDadosPessoais;
import br.licenciamento.api.pessoa.Endereco;
import br.licenciamento.api.pessoa.EnderecoProtegido;
import br.licenciamento.api.pessoa.InativarPessoa;
import br.licenciamento.api.pessoa.PessoaInativada;
import br.licenciamento.api.pessoa.PessoaReativada;
import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.api.pessoa.ProcuracaoRevogada;
import br.licenciamento.api.pessoa.ProcuradorAutorizado;
import br.licenciamento.api.pessoa.ReativarPessoa;
import br.licenciamento.api.pessoa.RegistrarPessoa;
import br.licenciamento.api.pessoa.ResponsavelTecnicoDesignado;
import br.licenciamento.api.pessoa.RevogarProcuracao;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.pessoa.identidade.Cnpj;
import br.licenciamento.pessoa.identidade.Contatos;
import br.licenciamento.pessoa.identidade.Cpf;
import br.licenciamento.pessoa.lgpd.CofreDeDadosPessoais;
import br.licenciamento.pessoa.lgpd.ImpressaoDeDocumento;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static br.licenciamento.pessoa.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A natural or legal person of the registry. Its state holds no personal data in clear: only what its rules
 * need (type, status, the document's keyed hash, powers of attorney). Personal data travels encrypted in the
 * events with the person's own key.
 */
@Aggregate
public class Pessoa {

    /** Validity dates of powers of attorney are calendar days in Brasilia time. */

    @AggregateIdentifier
    private String pessoaId;
    private TipoPessoa tipo;
    private String documentoHash;
    private boolean ativa;
    private boolean dadosEliminados;
    /** procuracaoId → revoked? */
    private final Map<String, Boolean> procuracoes = new HashMap<>();
    private final Set<String> designacoes = new HashSet<>();

    protected Pessoa() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Pessoa(RegistrarPessoa comando, Clock relogio, RegistroDeDocumentos registro, CofreDeDadosPessoais cofre,
                  ImpressaoDeDocumento impressao) {
        if (comando.tipo() == null) {
            throw new RegraVioladaException(MENSAGENS, "tipo-de-pessoa");
        }
        String nome = obrigatorio(comando.nome(), comando.tipo() == TipoPessoa.FISICA
                ? "nome-obrigatorio.fisica" : "nome-obrigatorio.juridica");
        boolean juridica = comando.tipo() == TipoPessoa.JURIDICA;
        String documento = juridica ? Cnpj.normalizar(comando.documento()) : Cpf.normalizar(comando.documento());
        String cnae = juridica ? Contatos.cnae(comando.cnaePrincipal()) : null;
        String representanteCpf = null;
        String representanteNome = null;
        if (juridica) {
            if (comando.representanteLegalCpf() == null || !Cpf.valido(comando.representanteLegalCpf())) {
                throw new RegraVioladaException(MENSAGENS, "representante-legal");
            }
            representanteCpf = Cpf.normalizar(comando.representanteLegalCpf());
            representanteNome = obrigatorio(comando.representanteLegalNome(), "representante-legal.nome");
        }
        Endereco endereco = enderecoValido(comando.endereco());
        String email = Contatos.email(comando.email());
        String telefone = telefoneOpcional(comando.telefone());

        String hash = impressao.de(documento);
        registro.reivindicar(hash, comando.pessoaId()).ifPresent(existente -> {
            throw new DocumentoJaRegistradoException(existente);
        });

        CofreDeDadosPessoais.Cifrador cifra = cofre.cifradorPara(comando.pessoaId());
        apply(new PessoaRegistrada(comando.pessoaId(), comando.tipo(), hash, cifra.proteger(documento),
                cifra.proteger(nome.trim()), juridica ? cifra.proteger(aparado(comando.nomeFantasia())) : null, cnae,
                cifra.proteger(representanteCpf), cifra.proteger(representanteNome),
                protegido(endereco, cifra), cifra.proteger(email), cifra.proteger(telefone), relogio.instant()));
    }

    @CommandHandler
    void handle(AtualizarContatos comando, Clock relogio, CofreDeDadosPessoais cofre) {
        exigirDadosPresentes();
        Endereco endereco = enderecoValido(comando.endereco());
        String email = Contatos.email(comando.email());
        String telefone = telefoneOpcional(comando.telefone());
        CofreDeDadosPessoais.Cifrador cifra = cofre.cifradorPara(pessoaId);
        apply(new ContatosAtualizados(pessoaId, cifra.proteger(email), cifra.proteger(telefone), protegido(endereco, cifra),
                relogio.instant()));
    }

    @CommandHandler
    void handle(InativarPessoa comando, Clock relogio, CofreDeDadosPessoais cofre) {
        exigirDadosPresentes();
        if (ativa) {
            apply(new PessoaInativada(pessoaId, cofre.cifradorPara(pessoaId).proteger(aparado(comando.motivo())),
                    relogio.instant()));
        }
    }

    @CommandHandler
    void handle(ReativarPessoa comando, Clock relogio) {
        exigirDadosPresentes();
        if (!ativa) {
            apply(new PessoaReativada(pessoaId, relogio.instant()));
        }
    }

    /** Powers of attorney: both people active, someone other than the grantor, a validity that ends and has not ended. */
    @CommandHandler
    void handle(AutorizarProcurador comando, MetaData metadados, Clock relogio, SituacoesCadastrais situacoes) {
        exigirAtiva();
        AtoEmNomeDaPessoa.exigirInstrumento(metadados, comando.instrumento(), "procuracao");
        if (procuracoes.containsKey(comando.procuracaoId())) {
            return;
        }
        if (pessoaId.equals(comando.procuradorId())) {
            throw new RegraVioladaException(MENSAGENS, "procurador-distinto");
        }
        if (comando.alcance() == null || comando.objetoId() == null || comando.objetoId().isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "objeto-da-procuracao");
        }
        LocalDate hoje = DiasLegais.hoje(relogio);
        if (comando.inicio() == null || comando.fim() == null || comando.fim().isBefore(comando.inicio()) || comando.fim().isBefore(hoje)) {
            throw new RegraVioladaException(MENSAGENS, "vigencia-da-procuracao");
        }
        SituacoesCadastrais.Situacao procurador = situacoes.de(comando.procuradorId()).orElseThrow(() ->
                new RegraVioladaException(MENSAGENS, "procurador-ativo.nao-cadastrado", comando.procuradorId()));
        if (!procurador.ativa()) {
            throw new RegraVioladaException(MENSAGENS, "procurador-ativo.inativo", comando.procuradorId());
        }
        apply(new ProcuradorAutorizado(pessoaId, comando.procuracaoId(), comando.procuradorId(), comando.alcance(),
                comando.objetoId().trim(), comando.inicio(), comando.fim(), relogio.instant(), comando.instrumento()));
    }

    @CommandHandler
    void handle(RevogarProcuracao comando, MetaData metadados, Clock relogio) {
        AtoEmNomeDaPessoa.exigirInstrumento(metadados, comando.instrumento(), "revogacao");
        Boolean revogada = procuracoes.get(comando.procuracaoId());
        if (revogada == null) {
            throw new RegraVioladaException(MENSAGENS, "procuracao-existente", comando.procuracaoId());
        }
        if (!revogada) {
            apply(new ProcuracaoRevogada(pessoaId, comando.procuracaoId(), relogio.instant(), comando.instrumento()));
        }
    }

    /** A technical responsible is an active natural person with a professional registration and an ART for the job. */
    @CommandHandler
    void handle(DesignarResponsavelTecnico comando, Clock relogio, SituacoesCadastrais situacoes,
                CofreDeDadosPessoais cofre, MetaData metadados) {
        exigirAtiva();
        AtoEmNomeDaPessoa.exigirInstrumento(metadados, comando.instrumento(), "responsavel-tecnico");
        if (designacoes.contains(comando.designacaoId())) {
            return;
        }
        String registro = comando.registroProfissional() == null ? "" : comando.registroProfissional().trim().toUpperCase(java.util.Locale.ROOT);
        if (!registro.matches("[A-Z]{2,10}(-[A-Z]{2})?\\s*[0-9A-Z./\\-]{3,20}")) {
            throw new RegraVioladaException(MENSAGENS, "registro-profissional");
        }
        String art = comando.numeroArt() == null ? "" : comando.numeroArt().replaceAll("[\\s.\\-/]", "").toUpperCase(java.util.Locale.ROOT);
        if (!art.matches("[0-9A-Z]{6,20}")) {
            throw new RegraVioladaException(MENSAGENS, "art-valida");
        }
        if (comando.alcance() == null || comando.objetoId() == null || comando.objetoId().isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "objeto-da-responsabilidade");
        }
        SituacoesCadastrais.Situacao responsavel = situacoes.de(comando.responsavelId()).orElseThrow(() ->
                new RegraVioladaException(MENSAGENS, "responsavel-tecnico-pessoa-fisica.nao-cadastrado", comando.responsavelId()));
        if (responsavel.tipo() != TipoPessoa.FISICA || !responsavel.ativa()) {
            throw new RegraVioladaException(MENSAGENS, "responsavel-tecnico-pessoa-fisica");
        }
        apply(new ResponsavelTecnicoDesignado(pessoaId, comando.designacaoId(), comando.responsavelId(),
                cofre.cifradorPara(comando.responsavelId()).proteger(registro), art,
                comando.alcance(), comando.objetoId().trim(), relogio.instant(), comando.instrumento()));
    }

    /**
     * LGPD erasure: destroying the key makes the personal data in every earlier event unreadable; the document
     * is freed so the holder can register again one day. Repeating the request changes nothing.
     */
    @CommandHandler
    void handle(EliminarDadosPessoais comando, Clock relogio, CofreDeDadosPessoais cofre, RegistroDeDocumentos registro) {
        if (dadosEliminados) {
            return;
        }
        cofre.destruirChave(pessoaId);
        registro.liberar(documentoHash);
        apply(new DadosPessoaisEliminados(pessoaId, aparado(comando.fundamento()), relogio.instant()));
    }

    @EventSourcingHandler
    void on(PessoaRegistrada evento) {
        pessoaId = evento.pessoaId();
        tipo = evento.tipo();
        documentoHash = evento.documentoHash();
        ativa = true;
    }

    @EventSourcingHandler
    void on(PessoaInativada evento) {
        ativa = false;
    }

    @EventSourcingHandler
    void on(PessoaReativada evento) {
        ativa = true;
    }

    @EventSourcingHandler
    void on(ProcuradorAutorizado evento) {
        procuracoes.put(evento.procuracaoId(), false);
    }

    @EventSourcingHandler
    void on(ProcuracaoRevogada evento) {
        procuracoes.put(evento.procuracaoId(), true);
    }

    @EventSourcingHandler
    void on(ResponsavelTecnicoDesignado evento) {
        designacoes.add(evento.designacaoId());
    }

    @EventSourcingHandler
    void on(DadosPessoaisEliminados evento) {
        dadosEliminados = true;
        ativa = false;
    }

    private void exigirDadosPresentes() {
        if (dadosEliminados) {
            throw new RegraVioladaException(MENSAGENS, "dados-eliminados");
        }
    }

    private void exigirAtiva() {
        exigirDadosPresentes();
        if (!ativa) {
            throw new RegraVioladaException(MENSAGENS, "pessoa-ativa");
        }
    }

    /** The address in normal form: trimmed parts, CEP as 8 digits, a valid IBGE municipality code. */
    private static Endereco enderecoValido(Endereco endereco) {
        if (endereco == null || endereco.logradouro() == null || endereco.logradouro().isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "endereco-obrigatorio");
        }
        return new Endereco(endereco.logradouro().trim(), aparado(endereco.numero()), aparado(endereco.complemento()),
                aparado(endereco.bairro()), Contatos.municipio(endereco.municipioIbge()), Contatos.cep(endereco.cep()));
    }

    private static EnderecoProtegido protegido(Endereco endereco, CofreDeDadosPessoais.Cifrador cifra) {
        return new EnderecoProtegido(cifra.proteger(endereco.logradouro()), cifra.proteger(endereco.numero()),
                cifra.proteger(endereco.complemento()), cifra.proteger(endereco.bairro()), endereco.municipioIbge(),
                cifra.proteger(endereco.cep()));
    }

    private static String telefoneOpcional(String telefone) {
        return telefone == null || telefone.isBlank() ? null : Contatos.telefone(telefone);
    }

    private static String obrigatorio(String valor, String chave) {
        if (valor == null || valor.isBlank()) {
            throw new RegraVioladaException(MENSAGENS, chave);
        }
        return valor.trim();
    }

    private static String aparado(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }
}
