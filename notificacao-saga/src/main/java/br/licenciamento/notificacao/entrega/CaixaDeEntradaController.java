package br.licenciamento.notificacao.entrega;

import java.util.Map;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import br.licenciamento.platform.web.Pagina;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.pessoa.ConsultaDePessoasRepresentadas;
import br.licenciamento.api.pessoa.PessoasRepresentadas;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static br.licenciamento.notificacao.Textos.MENSAGENS;

/**
 * The in-app inbox of the caller: notifications addressed to them as a user, to the persons they represent (asked of
 * the people registry by message) and to any of their roles. A role notification is one shared item of the group:
 * when one member marks it read, it is read for the group.
 */
@RestController
@Validated
@RequestMapping("/api/v1/notificacoes")
@Tag(name = "Notificações")
class CaixaDeEntradaController {

    private static final Logger log = LoggerFactory.getLogger(CaixaDeEntradaController.class);

    private final JdbcClient jdbc;
    private final UsuarioAtual usuario;
    private final QueryGateway queryGateway;

    CaixaDeEntradaController(JdbcClient jdbc, UsuarioAtual usuario, QueryGateway queryGateway) {
        this.jdbc = jdbc;
        this.usuario = usuario;
        this.queryGateway = queryGateway;
    }

    record ItemDaCaixa(String id, String tipo, String assunto, String texto, String processoId, String licencaId,
                       LocalDate prazo, Instant criadaEm, boolean lida, String destinatario, String envio) {
    }

    private static final String VISIVEL = """
            ((destinatario_tipo = 'USUARIO' AND destinatario_id = :sujeito)
              OR (destinatario_tipo = 'PESSOA' AND destinatario_id IN (:pessoas))
              OR (destinatario_tipo = 'PAPEL' AND destinatario_id IN (:papeis)))""";

    @GetMapping
    Pagina<ItemDaCaixa> listar(@RequestParam(defaultValue = "false") boolean naoLidas,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        String visiveis = " FROM notificacao.notificacao WHERE " + VISIVEL + (naoLidas ? " AND lida_em IS NULL" : "");
        Map<String, Object> quem = Map.of("sujeito", usuario.sujeito(), "pessoas", pessoas(), "papeis", papeis());
        long total = jdbc.sql("SELECT count(*)" + visiveis).params(quem).query(Long.class).single();
        List<ItemDaCaixa> itens = jdbc.sql("SELECT *" + visiveis + " ORDER BY criada_em DESC LIMIT :tamanho OFFSET :pular")
                .params(quem)
                .param("tamanho", tamanho)
                .param("pular", Pagina.deslocamento(pagina, tamanho))
                .query((rs, i) -> new ItemDaCaixa(rs.getString("notificacao_id"), rs.getString("tipo"),
                        rs.getString("assunto"), rs.getString("texto"), rs.getString("processo_id"),
                        rs.getString("licenca_id"), rs.getObject("prazo", LocalDate.class),
                        rs.getTimestamp("criada_em").toInstant(), rs.getTimestamp("lida_em") != null,
                        rs.getString("destinatario_tipo") + ":" + rs.getString("destinatario_id"),
                        rs.getString("envio_situacao")))
                .list();
        return new Pagina<>(itens, total, pagina, tamanho);
    }

    @ApiResponse(responseCode = "204", description = "Notificação marcada como lida.")
    @PostMapping("/{id}/leitura")
    ResponseEntity<Void> marcarComoLida(@PathVariable String id) {
        int alteradas = jdbc.sql("UPDATE notificacao.notificacao SET lida_em = COALESCE(lida_em, now()) "
                        + "WHERE notificacao_id = :id AND " + VISIVEL)
                .param("id", id)
                .param("sujeito", usuario.sujeito())
                .param("pessoas", pessoas())
                .param("papeis", papeis())
                .update();
        if (alteradas == 0) {
            throw new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.notificacao", id));
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The persons whose notifications the caller reads: those they represent, and their own subject (a person who
     * signs in with their pessoaId). Without an answer from the registry, only the latter.
     */
    private List<String> pessoas() {
        List<String> pessoas = new ArrayList<>(List.of(usuario.sujeito()));
        try {
            pessoas.addAll(queryGateway.query(new ConsultaDePessoasRepresentadas(usuario.sujeito()),
                    ResponseTypes.instanceOf(PessoasRepresentadas.class)).get(5, TimeUnit.SECONDS).pessoaIds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Cadastro de pessoas não respondeu; a caixa mostra só o que é endereçado ao usuário: {}", e.toString());
        }
        return pessoas;
    }

    /** An empty IN list is invalid SQL; a role name nobody has stands for "no roles". */
    private List<String> papeis() {
        return usuario.papeis().isEmpty() ? List.of("-") : usuario.papeis();
    }
}
