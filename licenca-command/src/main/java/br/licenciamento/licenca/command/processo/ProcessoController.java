package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.ProtocolarProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/processos")
@Tag(name = "Processos (comandos)", description = "Cada etapa do processo de licenciamento")
class ProcessoController {

    private final CommandGateway commandGateway;

    ProcessoController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record PedidoDeProtocolo(
            @NotBlank(message = "informe o requerente") @Size(max = 64) String requerenteId,
            @NotBlank(message = "informe o empreendimento") @Size(max = 300) String empreendimento,
            @NotBlank(message = "informe a atividade (CNAE)")
            @Pattern(regexp = "\\d{4}-\\d/\\d{2}", message = "CNAE no formato NNNN-N/NN") String cnae,
            @NotBlank(message = "informe o municipio")
            @Pattern(regexp = "\\d{7}", message = "codigo IBGE do municipio com 7 digitos") String municipioIbge,
            @NotNull(message = "informe o tipo de licenca") TipoLicenca tipoLicenca) {
    }

    record ProcessoAceito(String processoId, long versao) {
    }

    @PostMapping
    @Operation(summary = "Protocolar um pedido de licenca",
            description = "Registra o pedido; o regime juridico segue a data do protocolo. Responde 201 com o endereco do processo.")
    ResponseEntity<ProcessoAceito> protocolar(@Valid @RequestBody PedidoDeProtocolo pedido) {
        String processoId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new ProtocolarProcesso(processoId, pedido.requerenteId(), pedido.empreendimento(),
                pedido.cnae(), pedido.municipioIbge(), pedido.tipoLicenca()));
        return ResponseEntity.created(URI.create("/api/v1/processos/" + processoId))
                .body(new ProcessoAceito(processoId, 0));
    }
}
