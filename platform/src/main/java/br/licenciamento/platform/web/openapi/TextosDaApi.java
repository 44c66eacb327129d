package br.licenciamento.platform.web.openapi;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The texts of the published API document, from every module's {@code openapi/<modulo>.properties} (UTF-8) on the
 * classpath: each module keeps the descriptions and examples of its own schemas and operations next to its code,
 * and a runnable documents exactly the modules it carries. A key defined by two bundles is refused at start, so one
 * module cannot silently overwrite another's text.
 * <p>
 * Keys: {@code <Schema>.<propriedade>.descricao} and {@code .exemplo}; {@code <Schema>.descricao};
 * {@code operacao.<metodo>.<caminho>.resumo}, {@code .descricao}, {@code .exemplo} (the request body, JSON),
 * {@code .resposta.<status>} and {@code .cabecalhos} (response headers of its success, comma separated).
 */
public final class TextosDaApi {

    static final String PADRAO = "classpath*:openapi/*.properties";

    private final Map<String, String> textos;

    private TextosDaApi(Map<String, String> textos) {
        this.textos = textos;
    }

    public static TextosDaApi carregar(ClassLoader carregador) {
        Map<String, String> textos = new LinkedHashMap<>();
        Map<String, String> origem = new LinkedHashMap<>();
        try {
            for (Resource arquivo : new PathMatchingResourcePatternResolver(carregador).getResources(PADRAO)) {
                Properties lidas = new Properties();
                try (Reader leitor = new InputStreamReader(arquivo.getInputStream(), StandardCharsets.UTF_8)) {
                    lidas.load(leitor);
                }
                String nome = arquivo.getFilename();
                for (String chave : lidas.stringPropertyNames()) {
                    String anterior = origem.putIfAbsent(chave, nome);
                    if (anterior != null && !anterior.equals(nome)) {
                        throw new IllegalStateException("Texto da API '" + chave + "' definido em " + anterior + " e em "
                                + nome + "; cada texto pertence a um só módulo.");
                    }
                    textos.put(chave, lidas.getProperty(chave).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Textos da API ilegíveis (" + PADRAO + ")", e);
        }
        return new TextosDaApi(textos);
    }

    public Optional<String> texto(String chave) {
        return Optional.ofNullable(textos.get(chave)).filter(t -> !t.isEmpty());
    }

    static String operacao(String metodo, String caminho, String parte) {
        return "operacao." + metodo.toLowerCase(java.util.Locale.ROOT) + "." + caminho + "." + parte;
    }
}
