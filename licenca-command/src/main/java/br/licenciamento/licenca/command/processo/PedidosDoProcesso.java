package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.*;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The request bodies of the process commands ({@link ProcessoController}), as the client sends them. */
final class PedidosDoProcesso {

    private PedidosDoProcesso() {
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
            @Size(max = 64, message = "{campo.identificador-da-licenca-anterior-com-ate-64-caracteres}") String licencaAnteriorId,
            Map<String, Object> geometria) {
    }

    /** The enterprise's location: a GeoJSON geometry, longitude-latitude (issue 25). */
    record PedidoDeLocalizacao(@NotNull(message = "{campo.informe-a-geometria}") Map<String, Object> geometria) {
    }

    record PedidoDeAnuencia(
            @NotBlank(message = "{campo.informe-a-feicao}") @Size(max = 300) String feicaoId,
            @NotBlank(message = "{campo.informe-o-documento-da-anuencia}") @Size(max = 4000) String documento) {
    }

    record PedidoDeEnquadramento(
            @NotNull(message = "{campo.informe-o-porte-p-m-ou-g}") Porte porte,
            @NotNull(message = "{campo.informe-o-potencial-poluidor-p-m-ou-g}") PotencialPoluidor potencial) {
    }

    record PedidoDeAtribuicao(
            @NotBlank(message = "{campo.informe-o-usuario-do-analista}") @Size(max = 100, message = "{campo.usuario-com-ate-100-caracteres}")
            String analista) {
    }

    record PedidoDeGuia(
            @NotNull(message = "{campo.informe-o-valor-da-taxa}") @Positive(message = "{campo.o-valor-da-taxa-deve-ser-positivo}") BigDecimal valor,
            @NotNull(message = "{campo.informe-o-meio-de-pagamento-dae-boleto-ou-pix}") MeioDePagamento meio,
            @NotNull(message = "{campo.informe-o-vencimento-da-guia}") LocalDate vencimento) {
    }

    record PedidoDeAdmissibilidade(
            @NotNull(message = "{campo.informe-se-o-estudo-foi-admitido}") Boolean admitido,
            @Size(max = 4000) String motivo) {
    }

    record PedidoDeVistoria(
            @NotNull(message = "{campo.informe-a-data-da-vistoria}") LocalDate realizadaEm,
            @NotBlank(message = "{campo.informe-o-relato-da-vistoria}") @Size(max = 20000) String relato) {
    }

    record PedidoDeParecer(
            @NotNull(message = "{campo.informe-o-tipo-do-parecer-tecnico-ou-juridico}") TipoDeParecer tipo,
            @NotNull(message = "{campo.informe-se-o-parecer-e-favoravel}") Boolean favoravel,
            @NotBlank(message = "{campo.informe-o-texto-do-parecer}") @Size(max = 100000) String texto) {
    }

    record PedidoDeComplementacao(
            @NotEmpty(message = "{campo.informe-os-itens-a-complementar}") List<@NotBlank(message = "{campo.item-vazio}") String> itens,
            MotivoDeNovaComplementacao motivoDeNovaComplementacao) {
    }

    record RespostaDeComplementacao(
            @NotEmpty(message = "{campo.informe-os-documentos-que-atendem-a-complementacao}") List<@NotBlank String> documentoIds,
            @Size(max = 4000) String observacao) {
    }

    record PedidoDeProrrogacao(
            @Min(value = 1, message = "{campo.prorrogue-por-pelo-menos-1-dia}") @Max(value = 366, message = "{campo.no-maximo-366-dias}") int dias,
            @NotBlank(message = "{campo.informe-a-justificativa-do-requerente}") @Size(max = 4000) String justificativa) {
    }

    record EditalDoRima(@NotNull(message = "{campo.informe-ate-quando-se-pode-pedir-audiencia-publica}") LocalDate solicitacoesDeAudienciaAte) {
    }

    record PedidoDeAudiencia(
            @NotNull(message = "{campo.informe-quem-solicita-a-audiencia}") SolicitanteDeAudiencia solicitante,
            @NotBlank(message = "{campo.informe-o-nome-do-solicitante}") @Size(max = 300) String nomeDoSolicitante,
            @Min(value = 0, message = "{campo.numero-de-assinaturas-nao-pode-ser-negativo}") int assinaturas) {
    }

    record RealizacaoDeAudiencia(
            @NotNull(message = "{campo.informe-a-data-da-audiencia}") LocalDate realizadaEm,
            @NotBlank(message = "{campo.informe-o-local}") @Size(max = 300) String local,
            @NotBlank(message = "{campo.informe-a-ata}") @Size(max = 100000) String ata) {
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

    record DeclaracaoDeAdesao(@NotBlank(message = "{campo.informe-a-declaracao-de-adesao-e-compromisso}") @Size(max = 20000) String declaracao) {
    }

    record PedidoDeArquivamento(
            @NotNull(message = "{campo.informe-o-motivo-prazo-de-complementacao-expirado-ou-desistencia}") MotivoDeArquivamento motivo,
            @Size(max = 4000) String detalhe) {
    }

    record PedidoDeRecurso(@NotBlank(message = "{campo.informe-os-fundamentos-do-recurso}") @Size(max = 100000) String fundamentos) {
    }

    record JulgamentoDeRecurso(
            @NotNull(message = "{campo.informe-se-o-recurso-e-provido}") Boolean provido,
            @NotBlank(message = "{campo.informe-os-fundamentos-do-julgamento}") @Size(max = 100000) String fundamentos) {
    }
}
