package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.catalogo.Porte;
import br.licenciamento.api.catalogo.PotencialPoluidor;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.*;
import br.licenciamento.licenca.command.web.Comandos;
import br.licenciamento.licenca.command.web.VersaoEsperada;
import br.licenciamento.platform.aleatorio.Aleatorios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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
@Tag(name = "Processos (comandos)", description = "Cada etapa do processo de licenciamento. Cabecalhos: If-Match "
        + "(versao esperada, opcional; 409 se desatualizada) e Idempotency-Key (repeticao segura de POST, opcional).")
class ProcessoController {

    private static final String IF_MATCH = VersaoEsperada.CABECALHO;

    private final CommandGateway commandGateway;

    ProcessoController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record LocalizacaoInformada(
            @NotNull(message = "{campo.informe-a-latitude}") @DecimalMin(value = "-90", message = "{campo.latitude-entre-90-e-90}")
            @DecimalMax(value = "90", message = "{campo.latitude-entre-90-e-90}") Double latitude,
            @NotNull(message = "{campo.informe-a-longitude}") @DecimalMin(value = "-180", message = "{campo.longitude-entre-180-e-180}")
            @DecimalMax(value = "180", message = "{campo.longitude-entre-180-e-180}") Double longitude) {
    }

    record PedidoDeProtocolo(
            @NotBlank(message = "{campo.informe-o-requerente}") @Size(max = 64) String requerenteId,
            @Size(max = 64, message = "{campo.identificador-do-empreendimento-com-ate-64-caracteres}") String empreendimentoId,
            @NotBlank(message = "{campo.informe-o-empreendimento}") @Size(max = 300) String empreendimento,
            @NotBlank(message = "{campo.informe-a-atividade-cnae}")
            @Pattern(regexp = "\\d{4}-\\d/\\d{2}", message = "{campo.cnae-no-formato-nnnn-n-nn}") String cnae,
            @NotBlank(message = "{campo.informe-o-municipio}")
            @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-do-municipio-com-7-digitos}") String municipioIbge,
            @Valid LocalizacaoInformada localizacao,
            @NotNull(message = "{campo.informe-o-tipo-de-licenca}") TipoLicenca tipoLicenca,
            @Size(max = 64, message = "{campo.identificador-da-licenca-anterior-com-ate-64-caracteres}") String licencaAnteriorId) {
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Protocolado: processoId, empreendimentoId e versao 0; Location aponta o processo.")
    @Operation(summary = "Protocolar um pedido de licenca",
            description = "Registra o pedido; o regime juridico segue a data do protocolo. Um pedido de LI exige "
                    + "licencaAnteriorId de uma LP valida do mesmo empreendimento (empreendimentoId); LO exige LI ou "
                    + "LP+LI; LI+LO exige LP. Responde 201 com o endereco do processo, o empreendimento e a versao 0.")
    ResponseEntity<Map<String, Object>> protocolar(@Valid @RequestBody PedidoDeProtocolo pedido) {
        String processoId = Aleatorios.identificador();
        Localizacao localizacao = pedido.localizacao() == null ? null
                : new Localizacao(pedido.localizacao().latitude(), pedido.localizacao().longitude());
        Comandos.enviar(commandGateway, new ProtocolarProcesso(processoId, pedido.requerenteId(), vazioComoNulo(pedido.empreendimentoId()),
                pedido.empreendimento(), pedido.cnae(), pedido.municipioIbge(), localizacao, pedido.tipoLicenca(),
                vazioComoNulo(pedido.licencaAnteriorId())));
        Map<String, Object> corpo = corpo(processoId, 0);
        corpo.put("empreendimentoId", pedido.empreendimentoId() == null || pedido.empreendimentoId().isBlank()
                ? processoId : pedido.empreendimentoId());
        return ResponseEntity.created(URI.create("/api/v1/processos/" + processoId))
                .eTag(VersaoEsperada.etag(0)).body(corpo);
    }

    record PedidoDeEnquadramento(
            @NotNull(message = "{campo.informe-o-porte-p-m-ou-g}") Porte porte,
            @NotNull(message = "{campo.informe-o-potencial-poluidor-p-m-ou-g}") PotencialPoluidor potencial) {
    }

    @PostMapping("/{processoId}/enquadramento")
    @Operation(summary = "Enquadrar o processo", description = "Porte x potencial poluidor -> classe -> procedimento, "
            + "estudos e lista de documentos, e o prazo de analise do orgao, conforme o catalogo de regras.")
    ResponseEntity<Map<String, Object>> enquadrar(@PathVariable String processoId, @Valid @RequestBody PedidoDeEnquadramento pedido,
                                                  @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new EnquadrarProcesso(processoId, VersaoEsperada.de(ifMatch), pedido.porte(), pedido.potencial()), Map.of());
    }

    record PedidoDeAtribuicao(
            @NotBlank(message = "{campo.informe-o-usuario-do-analista}") @Size(max = 100, message = "{campo.usuario-com-ate-100-caracteres}")
            String analista) {
    }

    @PostMapping("/{processoId}/atribuicao")
    @Operation(summary = "Atribuir o processo a um analista", description = "O gestor atribui a analise (ou a passa a "
            + "outro analista). Entre os analistas, so o atribuido age sobre o processo; os demais recebem 403.")
    ResponseEntity<Map<String, Object>> atribuir(@PathVariable String processoId, @Valid @RequestBody PedidoDeAtribuicao pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new AtribuirAnalista(processoId, VersaoEsperada.de(ifMatch), pedido.analista()), Map.of());
    }

    record PedidoDeGuia(
            @NotNull(message = "{campo.informe-o-valor-da-taxa}") @Positive(message = "{campo.o-valor-da-taxa-deve-ser-positivo}") BigDecimal valor,
            @NotNull(message = "{campo.informe-o-meio-de-pagamento-dae-boleto-ou-pix}") MeioDePagamento meio,
            @NotNull(message = "{campo.informe-o-vencimento-da-guia}") LocalDate vencimento) {
    }

    @PostMapping("/{processoId}/guias")
    @Operation(summary = "Emitir a guia da taxa de licenciamento")
    ResponseEntity<Map<String, Object>> emitirGuia(@PathVariable String processoId, @Valid @RequestBody PedidoDeGuia pedido,
                                                   @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String guiaId = Aleatorios.identificador();
        return passo(processoId, new EmitirGuiaDeTaxa(processoId, VersaoEsperada.de(ifMatch), guiaId, pedido.valor(),
                pedido.meio(), pedido.vencimento()), Map.of("guiaId", guiaId));
    }

    @PostMapping("/{processoId}/guias/{guiaId}/pagamento")
    @Operation(summary = "Confirmar o pagamento da guia", description = "A analise (e a janela de admissibilidade) comeca hoje.")
    ResponseEntity<Map<String, Object>> confirmarPagamento(@PathVariable String processoId, @PathVariable String guiaId,
                                                           @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new ConfirmarPagamento(processoId, VersaoEsperada.de(ifMatch), guiaId), Map.of());
    }

    record PedidoDeAdmissibilidade(
            @NotNull(message = "{campo.informe-se-o-estudo-foi-admitido}") Boolean admitido,
            @Size(max = 4000) String motivo) {
    }

    @PostMapping("/{processoId}/admissibilidade")
    @Operation(summary = "Concluir a admissibilidade", description = "Nao admissao so dentro da janela do regime "
            + "(Lei 15.190: 15 dias do inicio da analise); reinicia o procedimento e o prazo.")
    ResponseEntity<Map<String, Object>> admissibilidade(@PathVariable String processoId, @Valid @RequestBody PedidoDeAdmissibilidade pedido,
                                                        @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new ConcluirAdmissibilidade(processoId, VersaoEsperada.de(ifMatch), pedido.admitido(),
                pedido.motivo()), Map.of());
    }

    record PedidoDeVistoria(
            @NotNull(message = "{campo.informe-a-data-da-vistoria}") LocalDate realizadaEm,
            @NotBlank(message = "{campo.informe-o-relato-da-vistoria}") @Size(max = 20000) String relato) {
    }

    @PostMapping("/{processoId}/vistorias")
    @Operation(summary = "Registrar uma vistoria")
    ResponseEntity<Map<String, Object>> vistoria(@PathVariable String processoId, @Valid @RequestBody PedidoDeVistoria pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String vistoriaId = Aleatorios.identificador();
        return passo(processoId, new RegistrarVistoria(processoId, VersaoEsperada.de(ifMatch), vistoriaId, pedido.realizadaEm(),
                pedido.relato()), Map.of("vistoriaId", vistoriaId));
    }

    record PedidoDeParecer(
            @NotNull(message = "{campo.informe-o-tipo-do-parecer-tecnico-ou-juridico}") TipoDeParecer tipo,
            @NotNull(message = "{campo.informe-se-o-parecer-e-favoravel}") Boolean favoravel,
            @NotBlank(message = "{campo.informe-o-texto-do-parecer}") @Size(max = 100000) String texto) {
    }

    @PostMapping("/{processoId}/pareceres")
    @Operation(summary = "Emitir parecer tecnico ou juridico")
    ResponseEntity<Map<String, Object>> parecer(@PathVariable String processoId, @Valid @RequestBody PedidoDeParecer pedido,
                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String parecerId = Aleatorios.identificador();
        return passo(processoId, new EmitirParecer(processoId, VersaoEsperada.de(ifMatch), parecerId, pedido.tipo(),
                pedido.favoravel(), pedido.texto()), Map.of("parecerId", parecerId));
    }

    record PedidoDeComplementacao(
            @NotEmpty(message = "{campo.informe-os-itens-a-complementar}") List<@NotBlank(message = "{campo.item-vazio}") String> itens,
            MotivoDeNovaComplementacao motivoDeNovaComplementacao) {
    }

    @PostMapping("/{processoId}/complementacoes")
    @Operation(summary = "Solicitar complementacao", description = "Uma unica vez (LC 140 art. 14 par. 1), de novo so com "
            + "motivoDeNovaComplementacao. Suspende o prazo do orgao; o requerente tem 4 meses (catalogo) para atender.")
    ResponseEntity<Map<String, Object>> solicitarComplementacao(@PathVariable String processoId,
                                                                @Valid @RequestBody PedidoDeComplementacao pedido,
                                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String complementacaoId = Aleatorios.identificador();
        return passo(processoId, new SolicitarComplementacao(processoId, VersaoEsperada.de(ifMatch), complementacaoId,
                pedido.itens(), pedido.motivoDeNovaComplementacao()), Map.of("complementacaoId", complementacaoId));
    }

    record RespostaDeComplementacao(
            @NotEmpty(message = "{campo.informe-os-documentos-que-atendem-a-complementacao}") List<@NotBlank String> documentoIds,
            @Size(max = 4000) String observacao) {
    }

    @PostMapping("/{processoId}/complementacoes/resposta")
    @Operation(summary = "Atender a complementacao", description = "Com documentos ja anexados ao processo, ate o prazo.")
    ResponseEntity<Map<String, Object>> atenderComplementacao(@PathVariable String processoId,
                                                              @Valid @RequestBody RespostaDeComplementacao pedido,
                                                              @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new AtenderComplementacao(processoId, VersaoEsperada.de(ifMatch), pedido.documentoIds(),
                pedido.observacao()), Map.of());
    }

    record PedidoDeProrrogacao(
            @Min(value = 1, message = "{campo.prorrogue-por-pelo-menos-1-dia}") @Max(value = 366, message = "{campo.no-maximo-366-dias}") int dias,
            @NotBlank(message = "{campo.informe-a-justificativa-do-requerente}") @Size(max = 4000) String justificativa) {
    }

    @PostMapping("/{processoId}/complementacoes/prorrogacao")
    @Operation(summary = "Prorrogar o prazo de complementacao", description = "Uma vez, a pedido justificado do "
            + "requerente e antes do fim do prazo (LC 140 art. 15); no maximo mais um periodo de complementacao.")
    ResponseEntity<Map<String, Object>> prorrogarComplementacao(@PathVariable String processoId,
                                                                @Valid @RequestBody PedidoDeProrrogacao pedido,
                                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new ProrrogarPrazoDeComplementacao(processoId, VersaoEsperada.de(ifMatch), pedido.dias(),
                pedido.justificativa()), Map.of());
    }

    record EditalDoRima(@NotNull(message = "{campo.informe-ate-quando-se-pode-pedir-audiencia-publica}") LocalDate solicitacoesDeAudienciaAte) {
    }

    @PostMapping("/{processoId}/edital-rima")
    @Operation(summary = "Publicar o edital do RIMA", description = "Abre o prazo (no minimo 45 dias) para pedir audiencia "
            + "publica; a decisao espera o fim desse prazo. So em processos com EIA/RIMA.")
    ResponseEntity<Map<String, Object>> publicarEditalDoRima(@PathVariable String processoId, @Valid @RequestBody EditalDoRima pedido,
                                                             @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new PublicarEditalDoRima(processoId, VersaoEsperada.de(ifMatch), pedido.solicitacoesDeAudienciaAte()),
                Map.of());
    }

    record PedidoDeAudiencia(
            @NotNull(message = "{campo.informe-quem-solicita-a-audiencia}") SolicitanteDeAudiencia solicitante,
            @NotBlank(message = "{campo.informe-o-nome-do-solicitante}") @Size(max = 300) String nomeDoSolicitante,
            @Min(value = 0, message = "{campo.numero-de-assinaturas-nao-pode-ser-negativo}") int assinaturas) {
    }

    @PostMapping("/{processoId}/audiencias")
    @Operation(summary = "Solicitar audiencia publica", description = "Entidade civil, Ministerio Publico, o orgao ou 50+ cidadaos.")
    ResponseEntity<Map<String, Object>> solicitarAudiencia(@PathVariable String processoId, @Valid @RequestBody PedidoDeAudiencia pedido,
                                                           @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new SolicitarAudienciaPublica(processoId, VersaoEsperada.de(ifMatch), pedido.solicitante(),
                pedido.nomeDoSolicitante(), pedido.assinaturas()), Map.of());
    }

    record RealizacaoDeAudiencia(
            @NotNull(message = "{campo.informe-a-data-da-audiencia}") LocalDate realizadaEm,
            @NotBlank(message = "{campo.informe-o-local}") @Size(max = 300) String local,
            @NotBlank(message = "{campo.informe-a-ata}") @Size(max = 100000) String ata) {
    }

    @PostMapping("/{processoId}/audiencias/realizacao")
    @Operation(summary = "Registrar a audiencia publica realizada")
    ResponseEntity<Map<String, Object>> registrarAudiencia(@PathVariable String processoId,
                                                           @Valid @RequestBody RealizacaoDeAudiencia pedido,
                                                           @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new RegistrarAudienciaPublica(processoId, VersaoEsperada.de(ifMatch), pedido.realizadaEm(),
                pedido.local(), pedido.ata()), Map.of());
    }

    record CondicionanteInformada(
            @NotBlank(message = "{campo.descreva-a-condicionante}") @Size(max = 4000) String descricao,
            @NotNull(message = "{campo.informe-o-prazo-da-condicionante}") LocalDate prazo) {
    }

    record PedidoDeDecisao(
            @NotNull(message = "{campo.informe-se-o-pedido-e-deferido}") Boolean deferido,
            @Min(value = 1, message = "{campo.validade-em-meses-no-minimo-1}") @Max(value = 240, message = "{campo.validade-em-meses-no-maximo-240}")
            Integer validadeMeses,
            List<@Valid @NotNull(message = "{campo.condicionante-vazia}") CondicionanteInformada> condicionantes,
            @NotBlank(message = "{campo.informe-os-fundamentos-da-decisao}") @Size(max = 100000) String fundamentos) {
    }

    @PostMapping("/{processoId}/decisao")
    @Operation(summary = "Decidir o pedido", description = "Deferido: validade (meses) dentro da faixa legal do tipo e do "
            + "regime, condicionantes com prazo; exige parecer tecnico favoravel e nenhuma audiencia publica pendente. "
            + "A licenca (licencaId) e emitida junto. Indeferido: com fundamentos.")
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

    record DeclaracaoDeAdesao(@NotBlank(message = "{campo.informe-a-declaracao-de-adesao-e-compromisso}") @Size(max = 20000) String declaracao) {
    }

    @PostMapping("/{processoId}/adesao")
    @Operation(summary = "Declarar adesao e compromisso (LAC)", description = "Concede a LAC sem analise previa; responde o licencaId.")
    ResponseEntity<Map<String, Object>> aderir(@PathVariable String processoId, @Valid @RequestBody DeclaracaoDeAdesao pedido,
                                               @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String licencaId = Aleatorios.identificador();
        return passo(processoId, new DeclararAdesaoECompromisso(processoId, VersaoEsperada.de(ifMatch), licencaId,
                pedido.declaracao()), Map.of("licencaId", licencaId));
    }

    record PedidoDeArquivamento(
            @NotNull(message = "{campo.informe-o-motivo-prazo-de-complementacao-expirado-ou-desistencia}") MotivoDeArquivamento motivo,
            @Size(max = 4000) String detalhe) {
    }

    @PostMapping("/{processoId}/arquivamento")
    @Operation(summary = "Arquivar o processo", description = "Por prazo de complementacao vencido (so depois dele) ou por desistencia.")
    ResponseEntity<Map<String, Object>> arquivar(@PathVariable String processoId, @Valid @RequestBody PedidoDeArquivamento pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Object comando = pedido.motivo() == MotivoDeArquivamento.DESISTENCIA
                ? new DesistirDoProcesso(processoId, VersaoEsperada.de(ifMatch), pedido.detalhe())
                : new ArquivarPorPrazoExpirado(processoId);
        return passo(processoId, comando, Map.of());
    }

    record PedidoDeRecurso(@NotBlank(message = "{campo.informe-os-fundamentos-do-recurso}") @Size(max = 100000) String fundamentos) {
    }

    @PostMapping("/{processoId}/recursos")
    @Operation(summary = "Interpor recurso contra a decisao", description = "No prazo do regime (10 dias, Lei 9.784).")
    ResponseEntity<Map<String, Object>> recorrer(@PathVariable String processoId, @Valid @RequestBody PedidoDeRecurso pedido,
                                                 @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String recursoId = Aleatorios.identificador();
        return passo(processoId, new InterporRecurso(processoId, VersaoEsperada.de(ifMatch), recursoId, pedido.fundamentos()),
                Map.of("recursoId", recursoId));
    }

    record JulgamentoDeRecurso(
            @NotNull(message = "{campo.informe-se-o-recurso-e-provido}") Boolean provido,
            @NotBlank(message = "{campo.informe-os-fundamentos-do-julgamento}") @Size(max = 100000) String fundamentos) {
    }

    @PostMapping("/{processoId}/recursos/julgamento")
    @Operation(summary = "Julgar o recurso pendente")
    ResponseEntity<Map<String, Object>> julgarRecurso(@PathVariable String processoId, @Valid @RequestBody JulgamentoDeRecurso pedido,
                                                      @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return passo(processoId, new JulgarRecurso(processoId, VersaoEsperada.de(ifMatch), pedido.provido(), pedido.fundamentos()), Map.of());
    }

    @PostMapping("/{processoId}/prazo-de-analise-excedido")
    @Operation(summary = "Sinalizar prazo de analise do orgao vencido", description = "Nunca aprova nada (LC 140 art. 14 par. 3).")
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

    private static String vazioComoNulo(String valor) {
        return valor == null || valor.isBlank() ? null : valor;
    }
}
