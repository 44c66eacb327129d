package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.api.licenca.AlterarCondicionante;
import br.licenciamento.api.licenca.ApresentarRelatorioDeCondicionante;
import br.licenciamento.api.licenca.AvaliarRelatorioDeCondicionante;
import br.licenciamento.api.licenca.CancelarLicenca;
import br.licenciamento.api.licenca.DecidirRenovacao;
import br.licenciamento.api.licenca.MotivoDeSancao;
import br.licenciamento.api.licenca.RegistrarVencimento;
import br.licenciamento.api.licenca.SolicitarRenovacao;
import br.licenciamento.api.licenca.SuspenderLicenca;
import br.licenciamento.licenca.command.web.Comandos;
import br.licenciamento.licenca.command.web.VersaoEsperada;
import br.licenciamento.platform.aleatorio.Aleatorios;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The life of an issued licence: conditions and their reports, renewal, suspension, cancellation, expiry. */
@RestController
@RequestMapping("/api/v1/licencas")
@Tag(name = "Licenças (comandos)", description = "Ciclo de vida da licença. Cabeçalhos: If-Match (versão "
        + "esperada, opcional; 412 se desatualizada) e Idempotency-Key (repetição segura de POST, opcional).")
class LicencaController {

    private static final String IF_MATCH = VersaoEsperada.CABECALHO;

    private final CommandGateway commandGateway;

    LicencaController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record PedidoDeRenovacao(@Size(max = 4000) String justificativa) {
    }

    @PostMapping("/{licencaId}/renovacao")
    ResponseEntity<Map<String, Object>> renovar(@PathVariable String licencaId, @Valid @RequestBody PedidoDeRenovacao pedido,
                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(licencaId, new SolicitarRenovacao(licencaId, VersaoEsperada.de(ifMatch), pedido.justificativa()), Map.of());
    }

    record DecisaoDeRenovacao(
            @NotNull(message = "{campo.informe-se-a-licenca-e-renovada}") Boolean renovada,
            @Min(value = 1, message = "{campo.validade-em-meses-no-minimo-1}") @Max(value = 240, message = "{campo.validade-em-meses-no-maximo-240}")
            int validadeMeses,
            @NotBlank(message = "{campo.informe-os-fundamentos}") @Size(max = 100000) String fundamentos) {
    }

    @PostMapping("/{licencaId}/renovacao/decisao")
    ResponseEntity<Map<String, Object>> decidirRenovacao(@PathVariable String licencaId, @Valid @RequestBody DecisaoDeRenovacao pedido,
                                                         @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(licencaId, new DecidirRenovacao(licencaId, VersaoEsperada.de(ifMatch), pedido.renovada(),
                pedido.validadeMeses(), pedido.fundamentos()), Map.of());
    }

    record PedidoDeSancao(
            @NotNull(message = "{campo.informe-o-motivo}") MotivoDeSancao motivo,
            @NotBlank(message = "{campo.informe-os-fundamentos-da-decisao}") @Size(max = 100000) String fundamentos) {
    }

    @PostMapping("/{licencaId}/suspensao")
    ResponseEntity<Map<String, Object>> suspender(@PathVariable String licencaId, @Valid @RequestBody PedidoDeSancao pedido,
                                                  @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(licencaId, new SuspenderLicenca(licencaId, VersaoEsperada.de(ifMatch), pedido.motivo(), pedido.fundamentos()), Map.of());
    }

    @PostMapping("/{licencaId}/cancelamento")
    ResponseEntity<Map<String, Object>> cancelar(@PathVariable String licencaId, @Valid @RequestBody PedidoDeSancao pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(licencaId, new CancelarLicenca(licencaId, VersaoEsperada.de(ifMatch), pedido.motivo(), pedido.fundamentos()), Map.of());
    }

    @PostMapping("/{licencaId}/vencimento")
    ResponseEntity<Map<String, Object>> vencer(@PathVariable String licencaId) {
        return passo(licencaId, new RegistrarVencimento(licencaId), Map.of());
    }

    record RelatorioInformado(
            @NotBlank(message = "{campo.informe-o-documento-do-relatorio}") @Size(max = 64) String documentoId,
            @Size(max = 4000) String descricao) {
    }

    @PostMapping("/{licencaId}/condicionantes/{condicionanteId}/relatorios")
    ResponseEntity<Map<String, Object>> relatorio(@PathVariable String licencaId, @PathVariable String condicionanteId,
                                                  @Valid @RequestBody RelatorioInformado pedido,
                                                  @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String relatorioId = Aleatorios.identificador();
        return passo(licencaId, new ApresentarRelatorioDeCondicionante(licencaId, VersaoEsperada.de(ifMatch), condicionanteId,
                relatorioId, pedido.documentoId(), pedido.descricao()), Map.of("relatorioId", relatorioId));
    }

    record AvaliacaoDeRelatorio(
            @NotNull(message = "{campo.informe-se-o-relatorio-foi-aprovado}") Boolean aprovado,
            @Size(max = 20000) String parecer) {
    }

    @PostMapping("/{licencaId}/condicionantes/{condicionanteId}/relatorios/{relatorioId}/avaliacao")
    ResponseEntity<Map<String, Object>> avaliar(@PathVariable String licencaId, @PathVariable String condicionanteId,
                                                @PathVariable String relatorioId, @Valid @RequestBody AvaliacaoDeRelatorio pedido,
                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(licencaId, new AvaliarRelatorioDeCondicionante(licencaId, VersaoEsperada.de(ifMatch), condicionanteId,
                relatorioId, pedido.aprovado(), pedido.parecer()), Map.of());
    }

    record AlteracaoDeCondicionante(
            @NotBlank(message = "{campo.informe-a-nova-redacao-da-condicionante}") @Size(max = 4000) String descricao,
            @NotNull(message = "{campo.informe-o-prazo-da-condicionante}") LocalDate prazo,
            @NotBlank(message = "{campo.informe-os-fundamentos-da-alteracao}") @Size(max = 100000) String fundamentos) {
    }

    @PostMapping("/{licencaId}/condicionantes/{condicionanteId}/alteracao")
    ResponseEntity<Map<String, Object>> alterarCondicionante(@PathVariable String licencaId, @PathVariable String condicionanteId,
                                                             @Valid @RequestBody AlteracaoDeCondicionante pedido,
                                                             @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(licencaId, new AlterarCondicionante(licencaId, VersaoEsperada.de(ifMatch), condicionanteId, pedido.descricao(),
                pedido.prazo(), pedido.fundamentos()), Map.of());
    }

    private ResponseEntity<Map<String, Object>> passo(String licencaId, Object comando, Map<String, ?> extras) {
        Long versao = Comandos.enviar(commandGateway, comando);
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("licencaId", licencaId);
        corpo.put("versao", versao);
        corpo.putAll(extras);
        return ResponseEntity.accepted().eTag(VersaoEsperada.etag(versao)).body(corpo);
    }
}
