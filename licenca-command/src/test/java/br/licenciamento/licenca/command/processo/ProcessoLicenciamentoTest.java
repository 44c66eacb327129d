package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.*;
import br.licenciamento.licenca.command.catalogo.CatalogoPadrao;
import br.licenciamento.licenca.command.documento.DocumentosEmMemoria;
import br.licenciamento.licenca.command.vigencia.LicencaRegistrada;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static br.licenciamento.licenca.command.Recusas.recusa;

/** One test per rule of the licensing process, named after the rule; negative paths included. */
class ProcessoLicenciamentoTest {

    private static final String ID = "processo-1";
    private static final String REQUERENTE = "pessoa-1";
    private static final String EMPREENDIMENTO = "empreendimento-1";
    private static final Localizacao PONTO = new Localizacao(-19.92, -43.94);
    /** 2 March 2026, 10:00 in Brasilia: Lei 15.190 is in force. */
    private static final Instant PROTOCOLO = Instant.parse("2026-03-02T13:00:00Z");
    private static final LocalDate DIA_DO_PROTOCOLO = LocalDate.of(2026, 3, 2);

    private AggregateTestFixture<ProcessoLicenciamento> fixture;
    private RelogioDeTeste relogio;
    private final Map<String, LicencaRegistrada> licencas = new HashMap<>();
    /** The checklist delivered whole on the filing day and accepted, unless a test says otherwise. */
    private DocumentosEmMemoria documentos;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(ProcessoLicenciamento.class);
        relogio = new RelogioDeTeste(PROTOCOLO);
        fixture.registerInjectableResource(relogio);
        fixture.registerInjectableResource(new CatalogoPadrao());
        br.licenciamento.licenca.command.territorio.IndiceDasCamadas camadas = br.licenciamento.licenca.command.territorio.CamadasDeTeste.indice();
        fixture.registerInjectableResource(br.licenciamento.licenca.command.territorio.CamadasDeTeste.validacao(camadas));
        fixture.registerInjectableResource(br.licenciamento.licenca.command.territorio.CamadasDeTeste.analise(camadas));
        fixture.registerInjectableResource((NumeracaoDeProtocolo) agora -> "2026/000001");
        fixture.registerInjectableResource((br.licenciamento.licenca.command.vigencia.LicencasAnteriores)
                id -> Optional.ofNullable(licencas.get(id)));
        documentos = new DocumentosEmMemoria(DIA_DO_PROTOCOLO);
        fixture.registerInjectableResource(documentos);
    }

    // ---- filing

    @Test
    void regimeSegueADataDoProtocolo_lei15190() {
        fixture.givenNoPriorActivity()
                .when(protocolar(TipoLicenca.LP, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(protocolado(TipoLicenca.LP, null));
    }

    @Test
    void regimeSegueADataDoProtocolo_conama237AntesDe4DeFevereiroDe2026() {
        relogio.ajustar(Instant.parse("2026-02-04T02:59:00Z")); // 3 Feb, 23:59 in Brasilia
        fixture.givenNoPriorActivity()
                .when(protocolar(TipoLicenca.LP, null))
                .expectEvents(new ProcessoProtocolado(ID, "2026/000001", REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde",
                        "2342-7/02", "3106200", PONTO, TipoLicenca.LP, null, RegimeJuridico.CONAMA_237,
                        Instant.parse("2026-02-04T02:59:00Z"), 1));
    }

    @Test
    void licencaAnteriorExigida_liSemLpERecusada() {
        recusa(fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LI, null)), "licenca-anterior-exigida");
    }

    @Test
    void licencaAnteriorExigida_liComLpDeOutroEmpreendimentoERecusada() {
        licencas.put("lp-1", new LicencaRegistrada("lp-1", "outro-empreendimento", TipoLicenca.LP, SituacaoLicenca.VIGENTE,
                LocalDate.of(2029, 1, 1), false));
        recusa(fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LI, "lp-1")), "licenca-anterior-exigida");
    }

    @Test
    void licencaAnteriorExigida_liComLpVencidaOuSuspensaERecusada() {
        licencas.put("lp-vencida", new LicencaRegistrada("lp-vencida", EMPREENDIMENTO, TipoLicenca.LP, SituacaoLicenca.VIGENTE,
                LocalDate.of(2026, 3, 1), false));
        recusa(fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LI, "lp-vencida")), "licenca-anterior-exigida");
        licencas.put("lp-suspensa", new LicencaRegistrada("lp-suspensa", EMPREENDIMENTO, TipoLicenca.LP, SituacaoLicenca.SUSPENSA,
                LocalDate.of(2029, 1, 1), false));
        recusa(fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LI, "lp-suspensa")), "licenca-anterior-exigida");
    }

    @Test
    void licencaAnteriorExigida_loExigeLiENaoAceitaLp() {
        licencas.put("lp-1", new LicencaRegistrada("lp-1", EMPREENDIMENTO, TipoLicenca.LP, SituacaoLicenca.VIGENTE,
                LocalDate.of(2029, 1, 1), false));
        recusa(fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LO, "lp-1")), "licenca-anterior-exigida");
    }

    @Test
    void licencaAnteriorExigida_liComLpValidaDoMesmoEmpreendimentoEProtocolada() {
        licencas.put("lp-1", new LicencaRegistrada("lp-1", EMPREENDIMENTO, TipoLicenca.LP, SituacaoLicenca.VIGENTE,
                LocalDate.of(2029, 1, 1), false));
        fixture.givenNoPriorActivity()
                .when(protocolar(TipoLicenca.LI, "lp-1"))
                .expectEvents(protocolado(TipoLicenca.LI, "lp-1"));
    }

    @Test
    void licencaAnteriorExigida_procedimentoCombinadoLpLiDispensaLpEServeALo() {
        fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LP_LI, null)).expectSuccessfulHandlerExecution();
        licencas.put("lpli-1", new LicencaRegistrada("lpli-1", EMPREENDIMENTO, TipoLicenca.LP_LI, SituacaoLicenca.VIGENTE,
                LocalDate.of(2029, 1, 1), false));
        fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LO, "lpli-1")).expectSuccessfulHandlerExecution();
    }

    @Test
    void licencaAnteriorExigida_lpProrrogadaPorRenovacaoTempestivaSegueValida() {
        licencas.put("lp-1", new LicencaRegistrada("lp-1", EMPREENDIMENTO, TipoLicenca.LP, SituacaoLicenca.VIGENTE,
                LocalDate.of(2026, 1, 1), true));
        fixture.givenNoPriorActivity().when(protocolar(TipoLicenca.LI, "lp-1")).expectSuccessfulHandlerExecution();
    }

    // ---- classification

    @Test
    void enquadramento_defineClasseProcedimentoEstudosEPrazoDeAnaliseDoRegime() {
        fixture.given(protocolado(TipoLicenca.LP, null))
                .when(new EnquadrarProcesso(ID, 0L, Porte.G, PotencialPoluidor.G))
                .expectResultMessagePayload(1L)
                .expectEvents(new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.G, 6, ModalidadeDeLicenciamento.TRIFASICO,
                        List.of(EstudoAmbiental.EIA_RIMA, EstudoAmbiental.PBA), List.of("Requerimento assinado"),
                        DIA_DO_PROTOCOLO.plusMonths(10)));
    }

    @Test
    void enquadramento_conama237Da12MesesComEiaRima() {
        ProcessoProtocolado conama = new ProcessoProtocolado(ID, "2026/000001", REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde",
                "2342-7/02", "3106200", PONTO, TipoLicenca.LP, null, RegimeJuridico.CONAMA_237, Instant.parse("2026-01-15T13:00:00Z"), 1);
        fixture.given(conama)
                .when(new EnquadrarProcesso(ID, null, Porte.G, PotencialPoluidor.G))
                .expectEvents(new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.G, 6, ModalidadeDeLicenciamento.TRIFASICO,
                        List.of(EstudoAmbiental.EIA_RIMA, EstudoAmbiental.PBA), List.of("Requerimento assinado"),
                        LocalDate.of(2027, 1, 15)));
    }

    @Test
    void prazoDeAnaliseContaDaEntregaDosDocumentos_lei15190EsperaOUltimoDocumentoExigido() {
        documentos.entregaCompletaEm(null);
        fixture.given(protocolado(TipoLicenca.LP, null))
                .when(new EnquadrarProcesso(ID, null, Porte.G, PotencialPoluidor.G))
                .expectEvents(new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.G, 6, ModalidadeDeLicenciamento.TRIFASICO,
                        List.of(EstudoAmbiental.EIA_RIMA, EstudoAmbiental.PBA), List.of("Requerimento assinado"), null));
    }

    @Test
    void prazoDeAnaliseContaDaEntregaDosDocumentos_lei15190ComecaNoDiaDoUltimoDocumento() {
        LocalDate entrega = DIA_DO_PROTOCOLO.plusDays(40);
        ProcessoEnquadrado semPrazo = new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.G, 6,
                ModalidadeDeLicenciamento.TRIFASICO, List.of(EstudoAmbiental.EIA_RIMA, EstudoAmbiental.PBA),
                List.of("Requerimento assinado"), null);
        documentos.entregaCompletaEm(null);
        fixture.given(protocolado(TipoLicenca.LP, null), semPrazo)
                .when(new RegistrarEntregaDosDocumentos(ID))
                .expectNoEvents();
        documentos.entregaCompletaEm(entrega);
        fixture.given(protocolado(TipoLicenca.LP, null), semPrazo)
                .when(new RegistrarEntregaDosDocumentos(ID))
                .expectEvents(new DocumentacaoEntregue(ID, entrega, entrega.plusMonths(10)));
        fixture.given(protocolado(TipoLicenca.LP, null), semPrazo, new DocumentacaoEntregue(ID, entrega, entrega.plusMonths(10)))
                .when(new RegistrarEntregaDosDocumentos(ID))
                .expectNoEvents();
    }

    @Test
    void prazoDeAnaliseContaDoProtocolo_conama237NaoEsperaADocumentacao() {
        documentos.entregaCompletaEm(null);
        ProcessoProtocolado conama = new ProcessoProtocolado(ID, "2026/000001", REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde",
                "2342-7/02", "3106200", PONTO, TipoLicenca.LP, null, RegimeJuridico.CONAMA_237, Instant.parse("2026-01-15T13:00:00Z"), 1);
        fixture.given(conama)
                .when(new EnquadrarProcesso(ID, null, Porte.G, PotencialPoluidor.P))
                .expectEvents(new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                        List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"), LocalDate.of(2026, 7, 15)));
    }

    @Test
    void tipoIncompativelComProcedimento_lauParaClasse6ERecusada() {
        recusa(fixture.given(protocolado(TipoLicenca.LAU, null)).when(new EnquadrarProcesso(ID, null, Porte.G, PotencialPoluidor.G)),
                "tipo-incompativel-com-procedimento");
    }

    @Test
    void lacSoParaPorteEPotencialPequenoOuMedio() {
        fixture.given(protocolado(TipoLicenca.LAC, null))
                .when(new EnquadrarProcesso(ID, null, Porte.M, PotencialPoluidor.M))
                .expectEvents(new ProcessoEnquadrado(ID, Porte.M, PotencialPoluidor.M, 3, ModalidadeDeLicenciamento.LAC,
                        List.of(), List.of("Requerimento assinado"), null));
        recusa(fixture.given(protocolado(TipoLicenca.LAC, null)).when(new EnquadrarProcesso(ID, null, Porte.G, PotencialPoluidor.P)),
                "tipo-incompativel-com-procedimento");
        recusa(fixture.given(protocolado(TipoLicenca.LAC, null)).when(new EnquadrarProcesso(ID, null, Porte.P, PotencialPoluidor.G)),
                "tipo-incompativel-com-procedimento");
    }

    // ---- fee and admissibility

    @Test
    void etapaForaDeOrdem_admissibilidadeAntesDoPagamentoERecusada() {
        recusa(fixture.given(protocolado(TipoLicenca.LP, null), enquadrado())
                .when(new ConcluirAdmissibilidade(ID, null, true, null)), "etapa-fora-de-ordem");
    }

    @Test
    void pagamentoDaGuiaIniciaAAnalise() {
        fixture.given(protocolado(TipoLicenca.LP, null), enquadrado())
                .when(new EmitirGuiaDeTaxa(ID, 1L, "guia-1", new BigDecimal("1250.00"), MeioDePagamento.PIX, DIA_DO_PROTOCOLO.plusDays(10)))
                .expectEvents(new GuiaDeTaxaEmitida(ID, "guia-1", new BigDecimal("1250.00"), MeioDePagamento.PIX, DIA_DO_PROTOCOLO.plusDays(10)));
        relogio.avancarDias(3);
        fixture.given(protocolado(TipoLicenca.LP, null), enquadrado(), guia())
                .when(new ConfirmarPagamento(ID, null, "guia-1"))
                .expectEvents(new PagamentoConfirmado(ID, "guia-1", DIA_DO_PROTOCOLO.plusDays(3)));
        recusa(fixture.given(protocolado(TipoLicenca.LP, null), enquadrado(), guia())
                .when(new ConfirmarPagamento(ID, null, "guia-que-nao-existe")), "guia-inexistente");
    }

    @Test
    void admissibilidade15Dias_naoAdmissaoDentroDoPrazoReiniciaProcedimentoEPrazo() {
        relogio.avancarDias(15);
        LocalDate hoje = DIA_DO_PROTOCOLO.plusDays(15);
        fixture.given(protocolado(TipoLicenca.LP, null), enquadrado(), guia(), pago())
                .when(new ConcluirAdmissibilidade(ID, null, false, "Estudo nao atende ao termo de referencia"))
                .expectEvents(new ProcessoNaoAdmitido(ID, "Estudo nao atende ao termo de referencia", hoje, hoje.plusMonths(6)));
    }

    @Test
    void admissibilidade15Dias_naoAdmissaoDepoisDoPrazoERecusada() {
        relogio.avancarDias(16);
        recusa(fixture.given(protocolado(TipoLicenca.LP, null), enquadrado(), guia(), pago())
                .when(new ConcluirAdmissibilidade(ID, null, false, "Estudo nao atende")), "admissibilidade-15-dias");
    }

    // ---- complementation

    @Test
    void complementacaoSuspendeOPrazoDoOrgaoEDaAoRequerente4Meses() {
        relogio.avancarDias(20);
        LocalDate pedido = DIA_DO_PROTOCOLO.plusDays(20);
        fixture.given(emAnalise())
                .when(new SolicitarComplementacao(ID, null, "c-1", List.of("Plano de controle ambiental"), null))
                .expectEvents(new ComplementacaoSolicitada(ID, "c-1", List.of("Plano de controle ambiental"), null, pedido,
                        pedido.plusMonths(4)));

        relogio.avancarDias(30);
        fixture.given(emAnalise(complementacaoPedidaEm(pedido)))
                .when(new AtenderComplementacao(ID, null, List.of("doc-1"), "Segue o plano"))
                .expectEvents(new ComplementacaoAtendida(ID, "c-1", List.of("doc-1"), "Segue o plano", pedido.plusDays(30), 30,
                        DIA_DO_PROTOCOLO.plusMonths(6).plusDays(30)));
    }

    @Test
    void complementacaoUnica_segundaComplementacaoERecusada() {
        LocalDate pedido = DIA_DO_PROTOCOLO.plusDays(1);
        List<Object> historia = emAnalise(complementacaoPedidaEm(pedido), atendida(pedido.plusDays(5)));
        recusa(fixture.given(historia).when(new SolicitarComplementacao(ID, null, "c-2", List.of("Mais dados"), null)),
                "complementacao-unica");
    }

    @Test
    void complementacaoUnica_repetidaPorFatoNovoOuRespostaInsatisfatoriaEAceita() {
        LocalDate pedido = DIA_DO_PROTOCOLO.plusDays(1);
        List<Object> historia = emAnalise(complementacaoPedidaEm(pedido), atendida(pedido.plusDays(5)));
        fixture.given(historia)
                .when(new SolicitarComplementacao(ID, null, "c-2", List.of("Dados do novo poco"), MotivoDeNovaComplementacao.FATO_NOVO))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void complementacaoForaDoPrazo_respostaDepoisDos4MesesERecusada() {
        LocalDate pedido = DIA_DO_PROTOCOLO;
        relogio.ajustar(Instant.parse("2026-07-03T13:00:00Z"));
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(pedido)))
                .when(new AtenderComplementacao(ID, null, List.of("doc-1"), null)), "complementacao-fora-do-prazo");
    }

    @Test
    void complementacaoExigeDocumentos() {
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(DIA_DO_PROTOCOLO)))
                .when(new AtenderComplementacao(ID, null, List.of(), "sem anexos")), "complementacao-exige-documentos");
    }

    @Test
    void documentoDeOutroProcesso_naoAtendeAComplementacao() {
        documentos.deOutroProcesso("doc-alheio");
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(DIA_DO_PROTOCOLO)))
                .when(new AtenderComplementacao(ID, null, List.of("doc-1", "doc-alheio"), null)), "documento-de-outro-processo");
    }

    @Test
    void complementacaoAindaNoPrazo_arquivamentoSoDepoisDoPrazoDoRequerente() {
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(DIA_DO_PROTOCOLO))).when(new ArquivarPorPrazoExpirado(ID)),
                "complementacao-ainda-no-prazo");
        relogio.ajustar(Instant.parse("2026-07-03T13:00:00Z"));
        fixture.given(emAnalise(complementacaoPedidaEm(DIA_DO_PROTOCOLO)))
                .when(new ArquivarPorPrazoExpirado(ID))
                .expectEvents(new ProcessoArquivado(ID, MotivoDeArquivamento.PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
                        "Complementação não atendida até 02/07/2026.", LocalDate.of(2026, 7, 3), true));
    }

    @Test
    void prorrogacaoDoPrazoDeComplementacao_justificadaAntesDoFimEUmaUnicaVez() {
        LocalDate pedido = DIA_DO_PROTOCOLO;
        fixture.given(emAnalise(complementacaoPedidaEm(pedido)))
                .when(new ProrrogarPrazoDeComplementacao(ID, null, 60, "Coleta de dados depende da estacao chuvosa"))
                .expectEvents(new PrazoDeComplementacaoProrrogado(ID, "c-1", "Coleta de dados depende da estacao chuvosa",
                        DIA_DO_PROTOCOLO, pedido.plusMonths(4).plusDays(60)));
        PrazoDeComplementacaoProrrogado prorrogado = new PrazoDeComplementacaoProrrogado(ID, "c-1", "x", pedido,
                pedido.plusMonths(4).plusDays(60));
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(pedido), prorrogado))
                .when(new ProrrogarPrazoDeComplementacao(ID, null, 10, "de novo")), "prorrogacao-unica");
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(pedido)))
                .when(new ProrrogarPrazoDeComplementacao(ID, null, 200, "muito")), "prorrogacao-alem-do-limite");
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(pedido)))
                .when(new ProrrogarPrazoDeComplementacao(ID, null, 10, " ")), "fundamentacao-obrigatoria");
        // The extended deadline is the one the answer and the archiving check.
        relogio.ajustar(Instant.parse("2026-08-01T13:00:00Z"));
        fixture.given(emAnalise(complementacaoPedidaEm(pedido), prorrogado))
                .when(new AtenderComplementacao(ID, null, List.of("doc-1"), null))
                .expectSuccessfulHandlerExecution();
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(pedido), prorrogado)).when(new ArquivarPorPrazoExpirado(ID)),
                "complementacao-ainda-no-prazo");
        relogio.ajustar(Instant.parse("2026-07-03T13:00:00Z"));
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(pedido)))
                .when(new ProrrogarPrazoDeComplementacao(ID, null, 10, "tarde")), "complementacao-fora-do-prazo");
    }

    // ---- public hearing

    @Test
    void audienciaPublica50Cidadaos_menosAssinaturasERecusada() {
        recusa(fixture.given(emAnalise())
                .when(new SolicitarAudienciaPublica(ID, null, SolicitanteDeAudiencia.CIDADAOS, "Moradores do bairro", 49)),
                "audiencia-publica-50-cidadaos");
        fixture.given(emAnalise())
                .when(new SolicitarAudienciaPublica(ID, null, SolicitanteDeAudiencia.CIDADAOS, "Moradores do bairro", 50))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void audienciaPublicaPendente_deferimentoComAudienciaSolicitadaENaoRealizadaERecusado() {
        recusa(fixture.given(emAnalise(audienciaSolicitada(), parecerTecnico(true)))
                .when(deferir(48)), "audiencia-publica-pendente");
    }

    @Test
    void audienciaPublicaPendente_deferimentoDepoisDaAudienciaRealizadaEAceito() {
        fixture.given(emAnalise(audienciaSolicitada(), new AudienciaPublicaRealizada(ID, DIA_DO_PROTOCOLO.plusDays(40),
                        "Camara Municipal", "Ata"), parecerTecnico(true)))
                .when(deferir(48))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void audienciaNoFuturo_audienciaDatadaDepoisDeHojeERecusadaEADeHojeERegistrada() {
        relogio.ajustar(PROTOCOLO.plus(java.time.Duration.ofDays(60)));
        LocalDate hoje = DIA_DO_PROTOCOLO.plusDays(60);
        recusa(fixture.given(emAnalise(audienciaSolicitada()))
                .when(new RegistrarAudienciaPublica(ID, null, hoje.plusDays(30), "Camara Municipal", "Ata")), "audiencia-no-futuro");
        fixture.given(emAnalise(audienciaSolicitada()))
                .when(new RegistrarAudienciaPublica(ID, null, hoje, "Camara Municipal", "Ata"))
                .expectEvents(new AudienciaPublicaRealizada(ID, hoje, "Camara Municipal", "Ata"));
    }

    @Test
    void audienciaPublicaNoRegimeConama237LevaOPrazoDeAnaliseA12Meses() {
        ProcessoProtocolado conama = new ProcessoProtocolado(ID, "2025/000001", REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde",
                "2342-7/02", "3106200", PONTO, TipoLicenca.LP, null, RegimeJuridico.CONAMA_237, Instant.parse("2025-06-02T13:00:00Z"), 1);
        ProcessoEnquadrado classe4 = new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"), LocalDate.of(2025, 12, 2));
        relogio.ajustar(Instant.parse("2025-08-01T13:00:00Z"));
        fixture.given(conama, classe4, guia(), new PagamentoConfirmado(ID, "guia-1", LocalDate.of(2025, 6, 3)),
                        new ProcessoAdmitido(ID, LocalDate.of(2025, 6, 5)))
                .when(new SolicitarAudienciaPublica(ID, null, SolicitanteDeAudiencia.MINISTERIO_PUBLICO, "MPMG", 0))
                .expectEvents(new AudienciaPublicaSolicitada(ID, SolicitanteDeAudiencia.MINISTERIO_PUBLICO, "MPMG", 0,
                        LocalDate.of(2025, 8, 1), LocalDate.of(2026, 6, 2)));
    }

    @Test
    void editalRima45Dias_prazoParaPedirAudienciaDeNoMinimo45DiasESoComEiaRima() {
        recusa(fixture.given(emAnaliseComEia())
                .when(new PublicarEditalDoRima(ID, null, DIA_DO_PROTOCOLO.plusDays(44))), "edital-rima-45-dias");
        fixture.given(emAnaliseComEia())
                .when(new PublicarEditalDoRima(ID, null, DIA_DO_PROTOCOLO.plusDays(45)))
                .expectEvents(new EditalDoRimaPublicado(ID, DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusDays(45)));
        recusa(fixture.given(emAnalise()).when(new PublicarEditalDoRima(ID, null, DIA_DO_PROTOCOLO.plusDays(60))),
                "edital-rima-sem-eia");
    }

    @Test
    void audienciaPublicaPrazoAberto_decisaoEsperaOFimDoPrazoDoEditalDoRima() {
        EditalDoRimaPublicado edital = new EditalDoRimaPublicado(ID, DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusDays(45));
        recusa(fixture.given(emAnaliseComEia(edital, parecerTecnico(true))).when(deferir(48)), "audiencia-publica-prazo-aberto");
        relogio.avancarDias(46);
        fixture.given(emAnaliseComEia(edital, parecerTecnico(true))).when(deferir(48)).expectSuccessfulHandlerExecution();
    }

    @Test
    void audienciaPublicaForaDoPrazo_pedidoDepoisDoEditalSoPeloOrgao() {
        EditalDoRimaPublicado edital = new EditalDoRimaPublicado(ID, DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusDays(45));
        relogio.avancarDias(46);
        recusa(fixture.given(emAnaliseComEia(edital))
                .when(new SolicitarAudienciaPublica(ID, null, SolicitanteDeAudiencia.ENTIDADE_CIVIL, "ONG", 0)),
                "audiencia-publica-fora-do-prazo");
        fixture.given(emAnaliseComEia(edital))
                .when(new SolicitarAudienciaPublica(ID, null, SolicitanteDeAudiencia.ORGAO_LICENCIADOR, "Orgao", 0))
                .expectSuccessfulHandlerExecution();
    }

    // ---- decision

    @Test
    void parecerTecnicoConclusivo_deferimentoSemParecerFavoravelERecusado() {
        recusa(fixture.given(emAnalise()).when(deferir(48)), "parecer-tecnico-conclusivo");
        recusa(fixture.given(emAnalise(parecerTecnico(false))).when(deferir(48)), "parecer-tecnico-conclusivo");
    }

    @Test
    void documentosExigidosPendentes_deferimentoSemOsDocumentosDoEnquadramentoAceitosERecusado() {
        documentos.semAceite("Requerimento assinado");
        recusa(fixture.given(emAnalise(parecerTecnico(true))).when(deferir(48)), "documentos-exigidos-pendentes");
    }

    @Test
    void validadeForaDaFaixa_lpNoRegimeDaLei15190ForaDe3a6AnosERecusada() {
        recusa(fixture.given(emAnalise(parecerTecnico(true))).when(deferir(73)), "validade-fora-da-faixa");
        recusa(fixture.given(emAnalise(parecerTecnico(true))).when(deferir(35)), "validade-fora-da-faixa");
    }

    @Test
    void deferimentoComValidadeNaFaixaECondicionantesEmiteADecisaoEOPrazoDeRecurso() {
        relogio.avancarDias(100);
        LocalDate hoje = DIA_DO_PROTOCOLO.plusDays(100);
        List<CondicionanteDefinida> condicionantes = List.of(new CondicionanteDefinida("cond-1", "Monitorar efluentes", hoje.plusMonths(6)));
        fixture.given(emAnalise(parecerTecnico(true)))
                .when(new DeferirProcesso(ID, 5L, "licenca-1", 60, condicionantes, "Parecer favoravel"))
                .expectResultMessagePayload(6L)
                .expectEvents(new ProcessoDeferido(ID, "licenca-1", REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde",
                        TipoLicenca.LP, RegimeJuridico.LEI_15190, hoje, hoje.plusMonths(60), condicionantes,
                        "Parecer favoravel", hoje.plusDays(10)));
    }

    @Test
    void condicionanteForaDaValidade_prazoDepoisDoVencimentoERecusado() {
        List<CondicionanteDefinida> condicionantes = List.of(new CondicionanteDefinida("cond-1", "Relatorio", DIA_DO_PROTOCOLO.plusYears(7)));
        recusa(fixture.given(emAnalise(parecerTecnico(true)))
                .when(new DeferirProcesso(ID, null, "licenca-1", 48, condicionantes, "ok")), "condicionante-fora-da-validade");
    }

    @Test
    void indeferimentoExigeFundamentos() {
        recusa(fixture.given(emAnalise()).when(new IndeferirProcesso(ID, null, " ")), "fundamentacao-obrigatoria");
        fixture.given(emAnalise())
                .when(new IndeferirProcesso(ID, null, "Area de preservacao permanente"))
                .expectEvents(new ProcessoIndeferido(ID, "Area de preservacao permanente", DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusDays(10)));
    }

    @Test
    void lacPorAdesaoECompromissoSemAnalisePrevia() {
        ProcessoEnquadrado lac = new ProcessoEnquadrado(ID, Porte.P, PotencialPoluidor.P, 1, ModalidadeDeLicenciamento.LAC,
                List.of(), List.of("Requerimento assinado"), null);
        fixture.given(protocolado(TipoLicenca.LAC, null), lac, guia(), pago())
                .when(new DeclararAdesaoECompromisso(ID, null, "licenca-lac", "Declaro cumprir os requisitos"))
                .expectResultMessagePayload(5L)
                .expectEvents(new AdesaoECompromissoDeclarada(ID, "Declaro cumprir os requisitos", DIA_DO_PROTOCOLO),
                        new ProcessoDeferido(ID, "licenca-lac", REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde", TipoLicenca.LAC,
                                RegimeJuridico.LEI_15190, DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusMonths(120), List.of(),
                                "Licença por adesão e compromisso, conforme declaração do requerente.", DIA_DO_PROTOCOLO.plusDays(10)));
        recusa(fixture.given(protocolado(TipoLicenca.LAC, null), lac, guia(), pago())
                .when(new ConcluirAdmissibilidade(ID, null, true, null)), "lac-sem-analise-previa");
    }

    @Test
    void adesaoApenasParaLac_processoComAnaliseNaoPodeAderir() {
        recusa(fixture.given(protocolado(TipoLicenca.LP, null), enquadrado(), guia(), pago())
                .when(new DeclararAdesaoECompromisso(ID, null, "licenca-x", "Declaro")), "adesao-apenas-para-lac");
    }

    // ---- assignment

    @Test
    void atribuicaoDoAnalista_gestorAtribuiEDepoisPassaAOutroAnalista() {
        fixture.given(emAnalise())
                .when(new AtribuirAnalista(ID, 4L, "ana"))
                .expectResultMessagePayload(5L)
                .expectEvents(new AnalistaAtribuido(ID, "ana", null, PROTOCOLO));
        fixture.given(emAnalise(new AnalistaAtribuido(ID, "ana", null, PROTOCOLO)))
                .when(new AtribuirAnalista(ID, null, "bruno"))
                .expectEvents(new AnalistaAtribuido(ID, "bruno", "ana", PROTOCOLO));
    }

    @Test
    void analistaJaAtribuido_mesmaAtribuicaoDeNovoERecusada() {
        recusa(fixture.given(emAnalise(new AnalistaAtribuido(ID, "ana", null, PROTOCOLO)))
                .when(new AtribuirAnalista(ID, null, "ana")), "analista-ja-atribuido");
    }

    @Test
    void atribuicaoEmProcessoEncerrado_processoArquivadoNaoEAtribuido() {
        recusa(fixture.given(emAnalise(new ProcessoArquivado(ID, MotivoDeArquivamento.DESISTENCIA, "x", DIA_DO_PROTOCOLO, false)))
                .when(new AtribuirAnalista(ID, null, "ana")), "atribuicao-em-processo-encerrado");
    }

    @Test
    void lacSemAnalisePrevia_lacNaoTemAnaliseAAtribuir() {
        ProcessoEnquadrado lac = new ProcessoEnquadrado(ID, Porte.P, PotencialPoluidor.P, 1, ModalidadeDeLicenciamento.LAC,
                List.of(), List.of("Requerimento assinado"), null);
        recusa(fixture.given(protocolado(TipoLicenca.LAC, null), lac).when(new AtribuirAnalista(ID, null, "ana")),
                "lac-sem-analise-previa");
    }

    // ---- archive, appeal, agency deadline

    @Test
    void desistenciaArquivaSemExigirNovaTaxaEProcessoEncerradoNaoDesisteDeNovo() {
        fixture.given(emAnalise())
                .when(new DesistirDoProcesso(ID, null, "Projeto cancelado"))
                .expectEvents(new ProcessoArquivado(ID, MotivoDeArquivamento.DESISTENCIA, "Projeto cancelado", DIA_DO_PROTOCOLO, false));
        recusa(fixture.given(emAnalise(new ProcessoArquivado(ID, MotivoDeArquivamento.DESISTENCIA, "x", DIA_DO_PROTOCOLO, false)))
                .when(new DesistirDoProcesso(ID, null, "de novo")), "processo-encerrado");
    }

    @Test
    void recursoForaDoPrazo_depoisDe10DiasERecusado() {
        ProcessoIndeferido indeferido = new ProcessoIndeferido(ID, "APP", DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusDays(10));
        relogio.avancarDias(10);
        fixture.given(emAnalise(indeferido))
                .when(new InterporRecurso(ID, null, "r-1", "Nao ha APP no terreno"))
                .expectEvents(new RecursoInterposto(ID, "r-1", "Nao ha APP no terreno", DIA_DO_PROTOCOLO.plusDays(10),
                        DIA_DO_PROTOCOLO.plusDays(40)));
        relogio.avancarDias(1);
        recusa(fixture.given(emAnalise(indeferido)).when(new InterporRecurso(ID, null, "r-1", "Tarde")), "recurso-fora-do-prazo");
    }

    @Test
    void recursoProvidoContraIndeferimentoVoltaAAnalise() {
        ProcessoIndeferido indeferido = new ProcessoIndeferido(ID, "APP", DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusDays(10));
        RecursoInterposto recurso = new RecursoInterposto(ID, "r-1", "Nao ha APP", DIA_DO_PROTOCOLO, DIA_DO_PROTOCOLO.plusDays(30));
        fixture.given(emAnalise(indeferido, recurso))
                .when(new JulgarRecurso(ID, null, true, "Laudo comprova"))
                .expectEvents(new RecursoJulgado(ID, "r-1", true, "Laudo comprova", DIA_DO_PROTOCOLO, SituacaoProcesso.EM_ANALISE));
        recusa(fixture.given(emAnalise(indeferido, recurso)).when(new InterporRecurso(ID, null, "r-2", "Outro")), "recurso-unico");
        recusa(fixture.given(emAnalise()).when(new InterporRecurso(ID, null, "r-1", "Sem decisao")), "recurso-sem-decisao");
    }

    @Test
    void prazoDeAnaliseExcedidoSoSinalizaENuncaAprova() {
        recusa(fixture.given(emAnalise()).when(new SinalizarPrazoDeAnaliseExcedido(ID)), "prazo-de-analise-em-curso");
        relogio.ajustar(Instant.parse("2026-09-03T13:00:00Z"));
        fixture.given(emAnalise())
                .when(new SinalizarPrazoDeAnaliseExcedido(ID))
                .expectEvents(new PrazoDeAnaliseExcedido(ID, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3)));
        // paused while the applicant owes a complementation: the agency is not late then
        recusa(fixture.given(emAnalise(complementacaoPedidaEm(LocalDate.of(2026, 8, 1))))
                .when(new SinalizarPrazoDeAnaliseExcedido(ID)), "prazo-de-analise-em-curso");
    }

    // ---- helpers

    private static ProtocolarProcesso protocolar(TipoLicenca tipo, String licencaAnterior) {
        return new ProtocolarProcesso(ID, REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde", "2342-7/02", "3106200", PONTO,
                tipo, licencaAnterior, null);
    }

    private static ProcessoProtocolado protocolado(TipoLicenca tipo, String licencaAnterior) {
        return new ProcessoProtocolado(ID, "2026/000001", REQUERENTE, EMPREENDIMENTO, "Ceramica Vale Verde", "2342-7/02",
                "3106200", PONTO, tipo, licencaAnterior, RegimeJuridico.LEI_15190, PROTOCOLO, 1);
    }

    /** Class 4: three phases with RCA/PCA; an LP under Lei 15.190 has 6 months. */
    private static ProcessoEnquadrado enquadrado() {
        return new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"), DIA_DO_PROTOCOLO.plusMonths(6));
    }

    private static GuiaDeTaxaEmitida guia() {
        return new GuiaDeTaxaEmitida(ID, "guia-1", new BigDecimal("1250.00"), MeioDePagamento.PIX, DIA_DO_PROTOCOLO.plusDays(10));
    }

    private static PagamentoConfirmado pago() {
        return new PagamentoConfirmado(ID, "guia-1", DIA_DO_PROTOCOLO);
    }

    /** Filed, classified, paid and admitted (version 4), followed by {@code depois}. */
    private static List<Object> emAnalise(Object... depois) {
        List<Object> eventos = new ArrayList<>(List.of(protocolado(TipoLicenca.LP, null), enquadrado(), guia(), pago(),
                new ProcessoAdmitido(ID, DIA_DO_PROTOCOLO)));
        eventos.addAll(List.of(depois));
        return eventos;
    }

    /** Like {@link #emAnalise} for class 6, with EIA/RIMA (LP under Lei 15.190: 10 months). */
    private static List<Object> emAnaliseComEia(Object... depois) {
        List<Object> eventos = new ArrayList<>(List.of(protocolado(TipoLicenca.LP, null),
                new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.G, 6, ModalidadeDeLicenciamento.TRIFASICO,
                        List.of(EstudoAmbiental.EIA_RIMA, EstudoAmbiental.PBA), List.of("Requerimento assinado"),
                        DIA_DO_PROTOCOLO.plusMonths(10)),
                guia(), pago(), new ProcessoAdmitido(ID, DIA_DO_PROTOCOLO)));
        eventos.addAll(List.of(depois));
        return eventos;
    }

    private static ComplementacaoSolicitada complementacaoPedidaEm(LocalDate dia) {
        return new ComplementacaoSolicitada(ID, "c-1", List.of("Plano de controle ambiental"), null, dia, dia.plusMonths(4));
    }

    private static ComplementacaoAtendida atendida(LocalDate dia) {
        return new ComplementacaoAtendida(ID, "c-1", List.of("doc-1"), null, dia, 5, DIA_DO_PROTOCOLO.plusMonths(6).plusDays(5));
    }

    private static AudienciaPublicaSolicitada audienciaSolicitada() {
        return new AudienciaPublicaSolicitada(ID, SolicitanteDeAudiencia.ENTIDADE_CIVIL, "Associacao Amigos do Rio", 0,
                DIA_DO_PROTOCOLO.plusDays(10), DIA_DO_PROTOCOLO.plusMonths(6));
    }

    private static ParecerEmitido parecerTecnico(boolean favoravel) {
        return new ParecerEmitido(ID, "p-1", TipoDeParecer.TECNICO, favoravel, "Parecer", DIA_DO_PROTOCOLO);
    }

    private static DeferirProcesso deferir(int meses) {
        return new DeferirProcesso(ID, null, "licenca-1", meses, List.of(), "Parecer favoravel");
    }
}
