package br.licenciamento.licenca.command.acesso;

import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.seguranca.Atuante;
import br.licenciamento.platform.seguranca.GuardaDeRecursos;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import org.springframework.stereotype.Component;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * The rule of {@link AcessoAoProcesso} on this module's routes, before the request body is read or validated: an
 * applicant who does not reach the process or licence a path names gets the 404 of one that does not exist, for
 * commands, uploads and downloads of document contents alike.
 */
@Component
class GuardaDosProcessos extends GuardaDeRecursos {

    private final UsuarioAtual usuario;
    private final AcessoAoProcesso acesso;

    GuardaDosProcessos(UsuarioAtual usuario, AcessoAoProcesso acesso) {
        super("br.licenciamento.licenca.command");
        this.usuario = usuario;
        this.acesso = acesso;
    }

    @Override
    protected void verificar(Pedido pedido) throws Exception {
        String processoId = pedido.variaveis().get("processoId");
        String licencaId = pedido.variaveis().get("licencaId");
        if (processoId != null) {
            acesso.exigirAlcanceDoRequerente(Atuante.de(usuario), processoId,
                    new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.processo", processoId)));
        } else if (licencaId != null) {
            acesso.exigirAlcanceDoRequerente(Atuante.de(usuario), licencaId,
                    new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.licenca", licencaId)));
        }
    }
}
