package br.licenciamento.notificacao.entrega;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import br.licenciamento.platform.web.Pagina;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

import static br.licenciamento.notificacao.Textos.MENSAGENS;

/** Operations: e-mails that failed every attempt (the notification dead letters), and sending one again. */
@RestController
@Validated
@RequestMapping("/api/v1/ops/notificacoes/falhas")
@Tag(name = "Operação")
class FalhasDeEntregaController {

    private final JdbcClient jdbc;

    FalhasDeEntregaController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Falha(String id, String tipo, String destinatario, String assunto, String processoId, String licencaId,
                 int tentativas, String erro, Instant criadaEm) {
    }

    @GetMapping
    Pagina<Falha> listar(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 500, message = "{campo.no-maximo-500-por-pagina}") int tamanho) {
        long total = jdbc.sql("SELECT count(*) FROM notificacao.notificacao WHERE envio_situacao = 'FALHOU'")
                .query(Long.class).single();
        List<Falha> itens = jdbc.sql("""
                        SELECT * FROM notificacao.notificacao WHERE envio_situacao = 'FALHOU'
                        ORDER BY criada_em DESC LIMIT :tamanho OFFSET :pular""")
                .param("tamanho", tamanho).param("pular", Pagina.deslocamento(pagina, tamanho))
                .query((rs, i) -> new Falha(rs.getString("notificacao_id"), rs.getString("tipo"),
                        rs.getString("destinatario_tipo") + ":" + rs.getString("destinatario_id"), rs.getString("assunto"),
                        rs.getString("processo_id"), rs.getString("licenca_id"), rs.getInt("envio_tentativas"),
                        rs.getString("envio_erro"), rs.getTimestamp("criada_em").toInstant()))
                .list();
        return new Pagina<>(itens, total, pagina, tamanho);
    }

    @ApiResponse(responseCode = "202", description = "Notificação devolvida à fila de envio.")
    @PostMapping("/{id}/reenvio")
    ResponseEntity<Void> reenviar(@PathVariable String id) {
        int alteradas = jdbc.sql("""
                        UPDATE notificacao.notificacao SET envio_situacao = 'PENDENTE', envio_tentativas = 0,
                            envio_proxima = now()
                        WHERE notificacao_id = :id AND envio_situacao = 'FALHOU'""")
                .param("id", id).update();
        if (alteradas == 0) {
            throw new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.falha-de-entrega", id));
        }
        return ResponseEntity.accepted().build();
    }
}
