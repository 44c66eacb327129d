package br.licenciamento.licenca.command.importacao;

import br.licenciamento.licenca.command.web.CaminhoNoJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * Reads a batch, JSON ({@code {"processos": [...]}}) or CSV (one process per line, named columns), into rows. A row
 * that cannot be read (a field the format does not have, a value of the wrong type) is kept with the reason, so the
 * report names it; a body that is not a batch at all is refused whole ({@link LoteIlegivel}).
 */
final class LeituraDoLote {

    /** A row as read: the process, or why it could not be read. {@code conteudo} is the row in the JSON format. */
    record LinhaLida(int linha, String numeroLegado, String conteudo, LinhaDeImportacao processo, String erro) {
    }

    static final class LoteIlegivel extends RuntimeException {
        LoteIlegivel(String mensagem) {
            super(mensagem);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** CSV columns and where each goes in the JSON format; lists use '|' between items. */
    static final Map<String, String> COLUNAS = colunas(
            "numeroLegado", "protocoladoEm", "tipoLicenca", "requerenteId",
            "requerenteTipo=requerente.tipo", "requerenteDocumento=requerente.documento", "requerenteNome=requerente.nome",
            "requerenteEmail=requerente.email", "requerenteTelefone=requerente.telefone",
            "requerenteRepresentanteCpf=requerente.representanteLegalCpf",
            "requerenteRepresentanteNome=requerente.representanteLegalNome",
            "requerenteLogradouro=requerente.endereco.logradouro", "requerenteNumero=requerente.endereco.numero",
            "requerenteBairro=requerente.endereco.bairro", "requerenteMunicipioIbge=requerente.endereco.municipioIbge",
            "requerenteCep=requerente.endereco.cep",
            "empreendimentoId", "empreendimento", "cnae", "municipioIbge", "situacao",
            "porte=enquadramento.porte", "potencial=enquadramento.potencial", "enquadradoEm=enquadramento.enquadradoEm",
            "admitidoEm",
            "complementacaoSolicitadaEm=complementacao.solicitadaEm", "complementacaoItens=complementacao.itens[]",
            "complementacaoAtendidaEm=complementacao.atendidaEm",
            "licencaNumero=licenca.numero", "licencaEmitidaEm=licenca.emitidaEm", "licencaValidaAte=licenca.validaAte",
            "licencaFundamentos=licenca.fundamentos", "condicionantes=licenca.condicionantes[]",
            "indeferidoEm=indeferimento.decididoEm", "indeferimentoFundamentos=indeferimento.fundamentos",
            "arquivadoEm=arquivamento.arquivadoEm", "arquivamentoMotivo=arquivamento.motivo",
            "arquivamentoDetalhe=arquivamento.detalhe");

    private LeituraDoLote() {
    }

    static List<LinhaLida> json(String corpo) {
        JsonNode raiz;
        try {
            raiz = JSON.readTree(corpo);
        } catch (JsonProcessingException e) {
            // A limit of the parser (nesting too deep, say) carries no position; reading it as one was a 500.
            throw new LoteIlegivel(e.getLocation() == null ? MENSAGENS.texto("lote.json-fora-dos-limites")
                    : MENSAGENS.texto("lote.json-invalido", e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        }
        if (raiz == null || !raiz.isObject() || !raiz.path("processos").isArray()) {
            throw new LoteIlegivel(MENSAGENS.texto("lote.json-sem-processos"));
        }
        Set<String> outros = new LinkedHashSet<>();
        raiz.fieldNames().forEachRemaining(outros::add);
        outros.remove("processos");
        if (!outros.isEmpty()) {
            throw new LoteIlegivel(MENSAGENS.texto("lote.campos-desconhecidos", String.join(", ", outros)));
        }
        List<LinhaLida> linhas = new ArrayList<>();
        int numero = 0;
        for (JsonNode processo : raiz.get("processos")) {
            linhas.add(ler(++numero, processo));
        }
        return linhas;
    }

    static List<LinhaLida> csv(String corpo) {
        String cabecalho = corpo.lines().findFirst().orElse("");
        char separador = cabecalho.chars().filter(c -> c == ';').count() >= cabecalho.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat formato = CSVFormat.RFC4180.builder().setDelimiter(separador).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser leitor = CSVParser.parse(new StringReader(corpo), formato)) {
            List<String> desconhecidas = leitor.getHeaderNames().stream().filter(c -> !COLUNAS.containsKey(c)).toList();
            if (leitor.getHeaderNames().isEmpty() || !desconhecidas.isEmpty()) {
                throw new LoteIlegivel(MENSAGENS.texto("lote.csv-colunas", String.join(", ", desconhecidas),
                        String.join(", ", COLUNAS.keySet())));
            }
            List<LinhaLida> linhas = new ArrayList<>();
            int numero = 0;
            for (Iterator<CSVRecord> registros = leitor.iterator(); registros.hasNext(); ) {
                CSVRecord registro = registros.next();
                numero++;
                if (!registro.isConsistent()) {
                    linhas.add(new LinhaLida(numero, null, null, null, MENSAGENS.texto("importacao-formato.csv-linha",
                            registro.getRecordNumber() + 1, registro.size(), leitor.getHeaderNames().size())));
                    continue;
                }
                linhas.add(ler(numero, objeto(registro.toMap())));
            }
            return linhas;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new LoteIlegivel(MENSAGENS.texto("lote.csv-malformado", e.getMessage()));
        }
    }

    private static LinhaLida ler(int linha, JsonNode processo) {
        String numeroLegado = processo.path("numeroLegado").isTextual() ? processo.get("numeroLegado").asText() : null;
        String conteudo = processo.toString();
        try {
            return new LinhaLida(linha, numeroLegado, conteudo, JSON.treeToValue(processo, LinhaDeImportacao.class), null);
        } catch (UnrecognizedPropertyException e) {
            return new LinhaLida(linha, numeroLegado, conteudo, null, MENSAGENS.texto("importacao-formato.campo-desconhecido",
                    CaminhoNoJson.de(e)));
        } catch (InvalidFormatException e) {
            return new LinhaLida(linha, numeroLegado, conteudo, null, MENSAGENS.texto("importacao-formato.valor", e.getValue(),
                    CaminhoNoJson.de(e)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String campo = e instanceof JsonMappingException mapeamento ? CaminhoNoJson.de(mapeamento) : "";
            return new LinhaLida(linha, numeroLegado, conteudo, null, campo.isEmpty()
                    ? MENSAGENS.texto("importacao-formato.linha") : MENSAGENS.texto("importacao-formato.tipo", campo));
        }
    }

    /** A CSV line as the JSON row it stands for: empty cells are absent, lists split at '|'. */
    private static ObjectNode objeto(Map<String, String> celulas) {
        ObjectNode raiz = JsonNodeFactory.instance.objectNode();
        celulas.forEach((coluna, valor) -> {
            if (valor == null || valor.isBlank()) {
                return;
            }
            String destino = COLUNAS.get(coluna);
            boolean lista = destino.endsWith("[]");
            String[] partes = (lista ? destino.substring(0, destino.length() - 2) : destino).split("\\.");
            ObjectNode no = raiz;
            for (int i = 0; i < partes.length - 1; i++) {
                no = no.has(partes[i]) ? (ObjectNode) no.get(partes[i]) : no.putObject(partes[i]);
            }
            String campo = partes[partes.length - 1];
            if (!lista) {
                no.put(campo, valor);
            } else if (campo.equals("condicionantes")) {
                ArrayNode itens = no.putArray(campo);
                for (String item : valor.split("\\|")) {
                    // "2027-03-01: Relatório anual de monitoramento"
                    String[] prazoEDescricao = item.trim().split(":", 2);
                    ObjectNode condicionante = itens.addObject().put("prazo", prazoEDescricao[0].trim());
                    condicionante.put("descricao", prazoEDescricao.length > 1 ? prazoEDescricao[1].trim() : "");
                }
            } else {
                ArrayNode itens = no.putArray(campo);
                for (String item : valor.split("\\|")) {
                    itens.add(item.trim());
                }
            }
        });
        return raiz;
    }

    private static Map<String, String> colunas(String... definicoes) {
        Map<String, String> colunas = new java.util.LinkedHashMap<>();
        for (String definicao : definicoes) {
            String[] partes = definicao.split("=", 2);
            colunas.put(partes[0], partes.length > 1 ? partes[1] : partes[0]);
        }
        return java.util.Collections.unmodifiableMap(colunas);
    }
}
