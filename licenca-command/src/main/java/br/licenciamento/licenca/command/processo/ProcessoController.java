package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.*;
import br.licenciamento.licenca.command.processo.PedidosDoProcesso.*;
import br.licenciamento.api.territorio.ArquivarPorIncompetencia;
import br.licenciamento.api.territorio.DefinirLocalizacaoDoEmpreendimento;
import br.licenciamento.api.territorio.RegistrarAnuencia;
import br.licenciamento.licenca.command.territorio.GeoJson;
import br.licenciamento.licenca.command.territorio.ValidacaoDeGeometria;
import br.licenciamento.licenca.command.web.Comandos;
import br.licenciamento.licenca.command.web.VersaoEsperada;
import br.licenciamento.platform.aleatorio.Aleatorios;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * Every step of a licensing request as a sub-resource. Each answer carries the ids created and the process's new
 * version (also as {@code ETag}); send it back in {@code If-Match} to be refused with 409 if someone else acted
 * first. {@code Idempotency-Key} makes a retried POST safe.
 */
@RestController
@RequestMapping("/api/v1/processos")
@Tag(name = "Processos (comandos)", description = "Cada etapa do processo de licenciamento. Cabeçalhos: "
        + "If-Match (versão esperada, opcional; 412 se desatualizada) e Idempotency-Key (repetição segura de POST, opcional).")
class ProcessoController {

    private static final String IF_MATCH = VersaoEsperada.CABECALHO;

    private final CommandGateway commandGateway;
    private final ValidacaoDeGeometria validacao;

    ProcessoController(CommandGateway commandGateway, ValidacaoDeGeometria validacao) {
        this.commandGateway = commandGateway;
        this.validacao = validacao;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Protocolado: processoId, empreendimentoId e versao 0; Location aponta o processo.")
    ResponseEntity<Map<String, Object>> protocolar(@Valid @RequestBody PedidoDeProtocolo pedido) {
        String processoId = Aleatorios.identificador();
        Localizacao localizacao = pedido.localizacao() == null ? null
                : new Localizacao(pedido.localizacao().latitude(), pedido.localizacao().longitude());
        String geometria = geometria(pedido.geometria(), pedido.municipioIbge());
        Comandos.enviar(commandGateway, new ProtocolarProcesso(processoId, pedido.requerenteId(), vazioComoNulo(pedido.empreendimentoId()),
                pedido.empreendimento(), pedido.cnae(), pedido.municipioIbge(), localizacao, pedido.tipoLicenca(),
                vazioComoNulo(pedido.licencaAnteriorId()), geometria));
        Map<String, Object> corpo = corpo(processoId, 0);
        corpo.put("empreendimentoId", pedido.empreendimentoId() == null || pedido.empreendimentoId().isBlank()
                ? processoId : pedido.empreendimentoId());
        return ResponseEntity.created(URI.create("/api/v1/processos/" + processoId))
                .eTag(VersaoEsperada.etag(0)).body(corpo);
    }

    /** The enterprise's location (issue 25): until classification, or any time while the process has none. */
    @PutMapping("/{processoId}/localizacao")
    ResponseEntity<Map<String, Object>> localizar(@PathVariable String processoId, @Valid @RequestBody PedidoDeLocalizacao pedido) {
        return passo(processoId, new DefinirLocalizacaoDoEmpreendimento(processoId, geometria(pedido.geometria(), null)), Map.of());
    }

    /** The protected territory manager's authorization, or the notice sent (CONAMA 428/2010 arts. 1 and 5). */
    @PostMapping("/{processoId}/anuencias")
    ResponseEntity<Map<String, Object>> registrarAnuencia(@PathVariable String processoId, @Valid @RequestBody PedidoDeAnuencia pedido) {
        return passo(processoId, new RegistrarAnuencia(processoId, pedido.feicaoId().trim(), pedido.documento()), Map.of());
    }

    @PostMapping("/{processoId}/enquadramento")
    ResponseEntity<Map<String, Object>> enquadrar(@PathVariable String processoId, @Valid @RequestBody PedidoDeEnquadramento pedido,
                                                  @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new EnquadrarProcesso(processoId, VersaoEsperada.de(ifMatch), pedido.porte(), pedido.potencial()), Map.of());
    }

    @PostMapping("/{processoId}/atribuicao")
    ResponseEntity<Map<String, Object>> atribuir(@PathVariable String processoId, @Valid @RequestBody PedidoDeAtribuicao pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new AtribuirAnalista(processoId, VersaoEsperada.de(ifMatch), pedido.analista()), Map.of());
    }

    @PostMapping("/{processoId}/guias")
    ResponseEntity<Map<String, Object>> emitirGuia(@PathVariable String processoId, @Valid @RequestBody PedidoDeGuia pedido,
                                                   @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String guiaId = Aleatorios.identificador();
        return passo(processoId, new EmitirGuiaDeTaxa(processoId, VersaoEsperada.de(ifMatch), guiaId, pedido.valor(),
                pedido.meio(), pedido.vencimento()), Map.of("guiaId", guiaId));
    }

    @PostMapping("/{processoId}/guias/{guiaId}/pagamento")
    ResponseEntity<Map<String, Object>> confirmarPagamento(@PathVariable String processoId, @PathVariable String guiaId,
                                                           @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new ConfirmarPagamento(processoId, VersaoEsperada.de(ifMatch), guiaId), Map.of());
    }

    @PostMapping("/{processoId}/admissibilidade")
    ResponseEntity<Map<String, Object>> admissibilidade(@PathVariable String processoId, @Valid @RequestBody PedidoDeAdmissibilidade pedido,
                                                        @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new ConcluirAdmissibilidade(processoId, VersaoEsperada.de(ifMatch), pedido.admitido(),
                pedido.motivo()), Map.of());
    }

    @PostMapping("/{processoId}/vistorias")
    ResponseEntity<Map<String, Object>> vistoria(@PathVariable String processoId, @Valid @RequestBody PedidoDeVistoria pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String vistoriaId = Aleatorios.identificador();
        return passo(processoId, new RegistrarVistoria(processoId, VersaoEsperada.de(ifMatch), vistoriaId, pedido.realizadaEm(),
                pedido.relato()), Map.of("vistoriaId", vistoriaId));
    }

    @PostMapping("/{processoId}/pareceres")
    ResponseEntity<Map<String, Object>> parecer(@PathVariable String processoId, @Valid @RequestBody PedidoDeParecer pedido,
                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String parecerId = Aleatorios.identificador();
        return passo(processoId, new EmitirParecer(processoId, VersaoEsperada.de(ifMatch), parecerId, pedido.tipo(),
                pedido.favoravel(), pedido.texto()), Map.of("parecerId", parecerId));
    }

    @PostMapping("/{processoId}/complementacoes")
    ResponseEntity<Map<String, Object>> solicitarComplementacao(@PathVariable String processoId,
                                                                @Valid @RequestBody PedidoDeComplementacao pedido,
                                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String complementacaoId = Aleatorios.identificador();
        return passo(processoId, new SolicitarComplementacao(processoId, VersaoEsperada.de(ifMatch), complementacaoId,
                pedido.itens(), pedido.motivoDeNovaComplementacao()), Map.of("complementacaoId", complementacaoId));
    }

    @PostMapping("/{processoId}/complementacoes/resposta")
    ResponseEntity<Map<String, Object>> atenderComplementacao(@PathVariable String processoId,
                                                              @Valid @RequestBody RespostaDeComplementacao pedido,
                                                              @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new AtenderComplementacao(processoId, VersaoEsperada.de(ifMatch), pedido.documentoIds(),
                pedido.observacao()), Map.of());
    }

    @PostMapping("/{processoId}/complementacoes/prorrogacao")
    ResponseEntity<Map<String, Object>> prorrogarComplementacao(@PathVariable String processoId,
                                                                @Valid @RequestBody PedidoDeProrrogacao pedido,
                                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new ProrrogarPrazoDeComplementacao(processoId, VersaoEsperada.de(ifMatch), pedido.dias(),
                pedido.justificativa()), Map.of());
    }

    @PostMapping("/{processoId}/edital-rima")
    ResponseEntity<Map<String, Object>> publicarEditalDoRima(@PathVariable String processoId, @Valid @RequestBody EditalDoRima pedido,
                                                             @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new PublicarEditalDoRima(processoId, VersaoEsperada.de(ifMatch), pedido.solicitacoesDeAudienciaAte()),
                Map.of());
    }

    @PostMapping("/{processoId}/audiencias")
    ResponseEntity<Map<String, Object>> solicitarAudiencia(@PathVariable String processoId, @Valid @RequestBody PedidoDeAudiencia pedido,
                                                           @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new SolicitarAudienciaPublica(processoId, VersaoEsperada.de(ifMatch), pedido.solicitante(),
                pedido.nomeDoSolicitante(), pedido.assinaturas()), Map.of());
    }

    @PostMapping("/{processoId}/audiencias/realizacao")
    ResponseEntity<Map<String, Object>> registrarAudiencia(@PathVariable String processoId,
                                                           @Valid @RequestBody RealizacaoDeAudiencia pedido,
                                                           @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new RegistrarAudienciaPublica(processoId, VersaoEsperada.de(ifMatch), pedido.realizadaEm(),
                pedido.local(), pedido.ata()), Map.of());
    }

    @PostMapping("/{processoId}/decisao")
    ResponseEntity<Map<String, Object>> decidir(@PathVariable String processoId, @Valid @RequestBody PedidoDeDecisao pedido,
                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Long versao = VersaoEsperada.de(ifMatch);
        if (!pedido.deferido()) {
            return passo(processoId, new IndeferirProcesso(processoId, versao, pedido.fundamentos()), Map.of());
        }
        if (pedido.validadeMeses() == null) {
            throw new RegraVioladaException(MENSAGENS, "validade-fora-da-faixa.ausente");
        }
        String licencaId = Aleatorios.identificador();
        List<CondicionanteDefinida> condicionantes = pedido.condicionantes() == null ? List.of() : pedido.condicionantes().stream()
                .map(c -> new CondicionanteDefinida(Aleatorios.identificador(), c.descricao(), c.prazo()))
                .toList();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("licencaId", licencaId);
        extras.put("condicionanteIds", condicionantes.stream().map(CondicionanteDefinida::condicionanteId).toList());
        return passo(processoId, new DeferirProcesso(processoId, versao, licencaId, pedido.validadeMeses(), condicionantes,
                pedido.fundamentos()), extras);
    }

    @PostMapping("/{processoId}/adesao")
    ResponseEntity<Map<String, Object>> aderir(@PathVariable String processoId, @Valid @RequestBody DeclaracaoDeAdesao pedido,
                                               @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String licencaId = Aleatorios.identificador();
        return passo(processoId, new DeclararAdesaoECompromisso(processoId, VersaoEsperada.de(ifMatch), licencaId,
                pedido.declaracao()), Map.of("licencaId", licencaId));
    }

    @PostMapping("/{processoId}/arquivamento")
    ResponseEntity<Map<String, Object>> arquivar(@PathVariable String processoId, @Valid @RequestBody PedidoDeArquivamento pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Object comando = switch (pedido.motivo()) {
            case DESISTENCIA -> new DesistirDoProcesso(processoId, VersaoEsperada.de(ifMatch), pedido.detalhe());
            case ORGAO_NAO_COMPETENTE -> new ArquivarPorIncompetencia(processoId, VersaoEsperada.de(ifMatch), pedido.detalhe());
            default -> new ArquivarPorPrazoExpirado(processoId);
        };
        return passo(processoId, comando, Map.of());
    }

    @PostMapping("/{processoId}/recursos")
    ResponseEntity<Map<String, Object>> recorrer(@PathVariable String processoId, @Valid @RequestBody PedidoDeRecurso pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String recursoId = Aleatorios.identificador();
        return passo(processoId, new InterporRecurso(processoId, VersaoEsperada.de(ifMatch), recursoId, pedido.fundamentos()),
                Map.of("recursoId", recursoId));
    }

    @PostMapping("/{processoId}/recursos/julgamento")
    ResponseEntity<Map<String, Object>> julgarRecurso(@PathVariable String processoId, @Valid @RequestBody JulgamentoDeRecurso pedido,
                                                      @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new JulgarRecurso(processoId, VersaoEsperada.de(ifMatch), pedido.provido(), pedido.fundamentos()), Map.of());
    }

    @PostMapping("/{processoId}/prazo-de-analise-excedido")
    ResponseEntity<Map<String, Object>> sinalizarPrazoExcedido(@PathVariable String processoId) {
        return passo(processoId, new SinalizarPrazoDeAnaliseExcedido(processoId), Map.of());
    }

    private ResponseEntity<Map<String, Object>> passo(String processoId, Object comando, Map<String, ?> extras) {
        Long versao = Comandos.enviar(commandGateway, comando);
        Map<String, Object> corpo = corpo(processoId, versao);
        corpo.putAll(extras);
        return ResponseEntity.accepted().eTag(VersaoEsperada.etag(versao)).body(corpo);
    }

    private static Map<String, Object> corpo(String processoId, long versao) {
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("processoId", processoId);
        corpo.put("versao", versao);
        return corpo;
    }

    /** The geometry checked here, so a bad one is a 400 naming the field; null when none was sent. */
    private String geometria(Map<String, Object> geometria, String municipioIbge) {
        if (geometria == null) {
            return null;
        }
        String texto = GeoJson.texto(geometria);
        validacao.validar(texto, municipioIbge, "geometria");
        return texto;
    }

    private static String vazioComoNulo(String valor) {
        return valor == null || valor.isBlank() ? null : valor;
    }
}
