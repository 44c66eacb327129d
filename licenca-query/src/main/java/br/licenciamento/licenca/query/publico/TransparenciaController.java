package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.PaginaDeProcessos;
import br.licenciamento.api.processo.ConsultaDeProcessos;
import br.licenciamento.api.processo.ResumoProcesso;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.certificado.Textos;
import br.licenciamento.licenca.query.certificado.VersoesDoCertificado;
import br.licenciamento.licenca.query.registro.ConsultaDeLicencas;
import br.licenciamento.licenca.query.registro.FichaLicenca;
import br.licenciamento.licenca.query.registro.FiltroDeLicencas;
import br.licenciamento.licenca.query.registro.PaginaDeLicencas;
import br.licenciamento.licenca.query.registro.ResumoLicenca;
import br.licenciamento.licenca.query.titularidade.PessoasPorDocumento;
import br.licenciamento.licenca.query.web.ParametroInvalidoException;
import br.licenciamento.platform.web.Pagina;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * Public transparency (no sign-in): licensing requests and licences as anyone may see them, and the authenticity check
 * of a licence by its number and code. No personal data of natural persons (LGPD): no person ids, no names, no CPF,
 * and the enterprise name only for legal-person applicants; a legal person's CNPJ and names are public.
 */
@RestController
@Validated
@RequestMapping("/api/v1/publico")
@SecurityRequirements
@Tag(name = "Transparência (público)", description = "Consulta pública sem login: processos, licenças e "
        + "autenticidade de licença. Sem dados pessoais de pessoas físicas; de pessoas jurídicas, CNPJ e nomes.")
class TransparenciaController {

    private final QueryGateway queryGateway;
    private final ConsultaDeLicencas licencas;
    private final Titulares titulares;
    private final PessoasPorDocumento pessoas;
    private final VersoesDoCertificado versoes;

    TransparenciaController(QueryGateway queryGateway, ConsultaDeLicencas licencas, Titulares titulares,
                            PessoasPorDocumento pessoas, VersoesDoCertificado versoes) {
        this.queryGateway = queryGateway;
        this.licencas = licencas;
        this.titulares = titulares;
        this.pessoas = pessoas;
        this.versoes = versoes;
    }

    @GetMapping("/processos")
    Pagina<ProcessoPublico> processos(
            @Parameter(description = "Número do protocolo, como AAAA/NNNNNN")
            @RequestParam(required = false) @Size(max = 32, message = "{campo.no-maximo-32-caracteres}") String numero,
            @Parameter(description = "Situação atual") @RequestParam(required = false) SituacaoProcesso situacao,
            @Parameter(description = "Tipo de licença pedida") @RequestParam(required = false) TipoLicenca tipoLicenca,
            @Parameter(description = "Código IBGE do município (7 dígitos)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-com-7-digitos}") String municipio,
            @Parameter(description = "CNPJ do requerente pessoa jurídica, com ou sem pontuação")
            @RequestParam(required = false) @Size(max = 30, message = "{campo.no-maximo-30-caracteres}") String cnpj,
            @Parameter(description = "Protocolados a partir deste dia, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate protocoladoDe,
            @Parameter(description = "Protocolados até este dia, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate protocoladoAte,
            @Parameter(description = "true: só os atrasados; false: só os que não estão atrasados")
            @RequestParam(required = false) Boolean atrasado,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}")
            @Max(value = 1_000_000, message = "{campo.no-maximo-a-pagina-1000000}") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 50, message = "{campo.no-maximo-50-por-pagina}") int tamanho) {
        if (protocoladoDe != null && protocoladoAte != null && protocoladoAte.isBefore(protocoladoDe)) {
            throw new ParametroInvalidoException("protocoladoAte", MENSAGENS.texto("parametro.periodo-invertido"));
        }
        Set<String> doCnpj = cnpj == null ? null : pessoas.juridicasComCnpj("cnpj", cnpj);
        PaginaDeProcessos resultado = queryGateway.query(new ConsultaDeProcessos(situacao, tipoLicenca, municipio, null, pagina,
                        tamanho, null, numero, doCnpj, null, false, protocoladoDe, protocoladoAte, atrasado, null),
                ResponseTypes.instanceOf(PaginaDeProcessos.class)).join();
        Map<String, TitularPublico> juridicas = titulares.juridicas(
                resultado.itens().stream().map(ResumoProcesso::requerenteId).toList());
        List<ProcessoPublico> itens = resultado.itens().stream().map(processo -> {
            TitularPublico titular = juridicas.get(processo.requerenteId());
            return new ProcessoPublico(processo.numero(), processo.tipoLicenca(), processo.regime(), processo.situacao(),
                    processo.cnae(), processo.municipioIbge(), processo.protocoladoEm(), processo.prazoAnaliseAte(),
                    processo.prazoSuspensoDesde() != null, processo.atrasado(), processo.diasDeAtraso(),
                    titular == null ? null : processo.empreendimento(), titular);
        }).toList();
        return new Pagina<>(itens, resultado.total(), resultado.pagina(), resultado.tamanho());
    }

    @GetMapping("/licencas")
    Pagina<LicencaPublica> licencas(
            @Parameter(description = "Número da licença, como LP-2026/000042-7")
            @RequestParam(required = false) @Size(max = 40, message = "{campo.no-maximo-40-caracteres}") String numero,
            @Parameter(description = "VIGENTE, SUSPENSA, CANCELADA ou VENCIDA") @RequestParam(required = false) SituacaoLicenca situacao,
            @Parameter(description = "Vigentes que vencem nos próximos N dias")
            @RequestParam(required = false) @Min(value = 0, message = "{campo.no-minimo-0-dias}")
            @Max(value = 3650, message = "{campo.no-maximo-3650-dias}") Integer vencendoEmDias,
            @Parameter(description = "Tipo de licença") @RequestParam(required = false) TipoLicenca tipoLicenca,
            @Parameter(description = "Código IBGE do município (7 dígitos)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-com-7-digitos}") String municipio,
            @Parameter(description = "CNPJ do titular pessoa jurídica, com ou sem pontuação")
            @RequestParam(required = false) @Size(max = 30, message = "{campo.no-maximo-30-caracteres}") String cnpj,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}")
            @Max(value = 1_000_000, message = "{campo.no-maximo-a-pagina-1000000}") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 50, message = "{campo.no-maximo-50-por-pagina}") int tamanho) {
        if (situacao != null && vencendoEmDias != null && situacao != SituacaoLicenca.VIGENTE) {
            throw new ParametroInvalidoException("vencendoEmDias", MENSAGENS.texto("parametro.so-vigentes-vencem"));
        }
        Set<String> doCnpj = cnpj == null ? null : pessoas.juridicasComCnpj("cnpj", cnpj);
        PaginaDeLicencas resultado = licencas.pesquisar(new FiltroDeLicencas(situacao, vencendoEmDias, tipoLicenca, municipio,
                null, doCnpj, null, null, numero == null ? null : numero.trim().toUpperCase(Locale.ROOT), null, null,
                FiltroDeLicencas.Ordem.EMISSAO, false, pagina, tamanho));
        Map<String, TitularPublico> juridicas = titulares.juridicas(
                resultado.itens().stream().map(ResumoLicenca::requerenteId).toList());
        return new Pagina<>(resultado.itens().stream().map(licenca -> publica(licenca, juridicas)).toList(),
                resultado.total(), resultado.pagina(), resultado.tamanho());
    }

    @GetMapping("/licencas/autenticidade")
    @ApiResponse(responseCode = "200", description = "Conferencia feita: 'autentica' diz o resultado.")
    Autenticidade autenticidade(
            @Parameter(description = "Número da licença, como LP-2026/000042-7", required = true)
            @RequestParam @NotBlank(message = "{campo.informe-o-numero-da-licenca}")
            @Size(max = 40, message = "{campo.no-maximo-40-caracteres}") String numero,
            @Parameter(description = "Código de autenticidade, como 7KQ2-M9XD-4HPA-Z3CV", required = true)
            @RequestParam @NotBlank(message = "{campo.informe-o-codigo-de-autenticidade}")
            @Size(max = 40, message = "{campo.no-maximo-40-caracteres}") String codigo,
            @Parameter(description = "Versão do certificado impresso (no código QR); sem ela, a atual")
            @RequestParam(required = false) @Min(value = 1, message = "{campo.a-primeira-versao-e-a-1}")
            @Max(value = 1_000_000, message = "{campo.no-maximo-a-versao-1000000}") Integer versao) {
        Optional<FichaLicenca> licenca = licencas.porNumero(numero.trim().toUpperCase(Locale.ROOT))
                .filter(ficha -> mesmoCodigo(ficha.codigoAutenticidade(), codigo));
        if (licenca.isEmpty()) {
            return new Autenticidade(false, MENSAGENS.texto("autenticidade.nao-confere"), null, null);
        }
        ResumoLicenca resumo = licenca.get().licenca();
        LicencaPublica publica = publica(resumo, titulares.juridicas(List.of(resumo.requerenteId())));
        return new Autenticidade(true, resumo.situacao() == SituacaoLicenca.VIGENTE
                ? MENSAGENS.texto("autenticidade.confere.vigente", resumo.situacao(), resumo.validaAte())
                : MENSAGENS.texto("autenticidade.confere", resumo.situacao()), publica,
                documento(resumo, versao));
    }

    /**
     * Which version of the printed certificate this is: the current one (whose licence may since have been cancelled or
     * expired, which its situation says) or one superseded by a later version.
     */
    private DocumentoConferido documento(ResumoLicenca licenca, Integer versao) {
        List<VersoesDoCertificado.Emissao> emissoes = versoes.emissoes(licenca.licencaId());
        if (emissoes.isEmpty()) {
            return null;
        }
        VersoesDoCertificado.Emissao atual = emissoes.get(emissoes.size() - 1);
        int pedida = versao == null ? atual.versao() : versao;
        if (pedida > atual.versao()) {
            return new DocumentoConferido(pedida, atual.versao(), false, null,
                    Textos.texto("conferencia.inexistente", String.valueOf(pedida), String.valueOf(atual.versao())));
        }
        VersoesDoCertificado.Emissao conferida = emissoes.get(pedida - 1);
        String emitida = Textos.data(conferida.emitidaEm());
        String mensagem;
        if (conferida.versao() != atual.versao()) {
            mensagem = Textos.texto("conferencia.substituida", String.valueOf(pedida), emitida, String.valueOf(atual.versao()),
                    Textos.data(atual.emitidaEm()), Textos.texto("motivo." + atual.motivo().name()));
        } else if (licenca.situacao() == SituacaoLicenca.CANCELADA) {
            mensagem = Textos.texto("conferencia.atual.cancelada", String.valueOf(pedida), emitida,
                    Textos.data(licenca.canceladaEm()));
        } else if (licenca.situacao() == SituacaoLicenca.VENCIDA) {
            mensagem = Textos.texto("conferencia.atual.vencida", String.valueOf(pedida), emitida);
        } else {
            mensagem = Textos.texto("conferencia.atual", String.valueOf(pedida), emitida);
        }
        return new DocumentoConferido(pedida, atual.versao(), conferida.versao() == atual.versao(), conferida.emitidaEm(),
                mensagem);
    }

    private static LicencaPublica publica(ResumoLicenca licenca, Map<String, TitularPublico> juridicas) {
        TitularPublico titular = juridicas.get(licenca.requerenteId());
        return new LicencaPublica(licenca.numero(), licenca.tipoLicenca(), licenca.situacao(), licenca.emitidaEm(),
                licenca.validaAte(), licenca.prorrogadaAteDecisao(), licenca.processoNumero(), licenca.cnae(),
                licenca.municipioIbge(), titular == null ? null : licenca.empreendimento(), titular);
    }

    /** Compared in constant time, after the normalisation of Crockford's base 32 the codes are written in. */
    static boolean mesmoCodigo(String esperado, String informado) {
        return MessageDigest.isEqual(normalizarCodigo(esperado).getBytes(StandardCharsets.UTF_8),
                normalizarCodigo(informado).getBytes(StandardCharsets.UTF_8));
    }

    static String normalizarCodigo(String codigo) {
        return codigo.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
