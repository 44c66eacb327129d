package br.licenciamento.platform.relogio;

import br.licenciamento.api.comum.AcaoNaoPermitidaException;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static br.licenciamento.platform.Textos.MENSAGENS;

/** The platform's time, and in a homologation environment the way to move it forward (ADMIN). */
@RestController
@RequestMapping("/api/v1/ops/relogio")
@Tag(name = "Operacao")
class RelogioController {

    private final Clock relogio;
    private final ObjectProvider<RelogioDeHomologacao> homologacao;
    private final UsuarioAtual usuario;

    RelogioController(Clock relogio, ObjectProvider<RelogioDeHomologacao> homologacao, UsuarioAtual usuario) {
        this.relogio = relogio;
        this.homologacao = homologacao;
        this.usuario = usuario;
    }

    record Estado(Instant agora, LocalDate hoje, boolean homologacao, String deslocamento) {
    }

    record Avanco(@NotNull(message = "{campo.informe-quantos-dias}") @Min(value = 1, message = "{campo.no-minimo-1-dia}")
                  @Max(value = 3650, message = "{campo.no-maximo-3650-dias-por-vez}") Integer dias) {
    }

    @GetMapping
    @Operation(summary = "Hora da plataforma", description = "Agora e hoje (dia legal, horario de Brasilia) como a "
            + "plataforma os conta, e quanto o relogio de homologacao esta a frente do real.")
    Estado estado() {
        RelogioDeHomologacao movido = homologacao.getIfAvailable();
        Instant agora = relogio.instant();
        return new Estado(agora, LocalDate.ofInstant(agora, RegimeJuridico.FUSO_LEGAL), movido != null,
                (movido == null ? Duration.ZERO : movido.deslocamento()).toString());
    }

    @PostMapping("/avanco")
    @Operation(summary = "Avancar o relogio de homologacao", description = "So em ambiente de homologacao "
            + "(LICENCIAMENTO_RELOGIO_HOMOLOGACAO=true): leva o tempo da plataforma adiante; os prazos que passarem "
            + "disparam uma vez, como teriam disparado. Nunca volta atras.")
    Estado avancar(@Valid @RequestBody Avanco avanco) {
        RelogioDeHomologacao movido = homologacao.getIfAvailable();
        if (movido == null) {
            throw new AcaoNaoPermitidaException(MENSAGENS, "relogio-real");
        }
        movido.avancar(Duration.ofDays(avanco.dias()), usuario.sujeito());
        return estado();
    }
}
