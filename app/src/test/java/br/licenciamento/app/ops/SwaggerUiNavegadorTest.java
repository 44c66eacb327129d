package br.licenciamento.app.ops;

import br.licenciamento.app.PlataformaEmbutidaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI as a client team uses it, in a real headless Chromium: every operation expanded shows a success answer
 * among its documented ones, and every read tried out for real (signed in with a bearer token, ids that exist nowhere)
 * gets an answer the document describes; Swagger UI marks any other as "Undocumented".
 */
class SwaggerUiNavegadorTest extends PlataformaEmbutidaTest {

    @Autowired
    private Environment ambiente;

    @TempDir
    Path perfil;

    private WebDriver navegador;

    @BeforeEach
    void abrirNavegador() {
        navegador = Chromium.abrir(perfil, "--window-size=1400,1000");
    }

    @AfterEach
    void fecharNavegador() throws java.io.IOException {
        if (navegador != null) {
            // What the browser showed at the end stays in target/ for whoever reads a failure.
            java.nio.file.Files.write(Path.of("target", "swagger-ui.png"),
                    ((org.openqa.selenium.TakesScreenshot) navegador).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            navegador.quit();
        }
    }

    @Test
    void nenhumaRespostaApareceComoNaoDocumentada() {
        WebDriverWait espera = new WebDriverWait(navegador, Duration.ofSeconds(15));
        // Every operation is opened and most are tried: polling often keeps the walk of ~90 operations short.
        espera.pollingEvery(Duration.ofMillis(100));
        espera.ignoring(StaleElementReferenceException.class);
        navegador.get("http://127.0.0.1:" + ambiente.getRequiredProperty("local.server.port") + "/swagger-ui/index.html");
        espera.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".opblock")));

        autorizarComToken(espera, token("ADMIN"));

        List<WebElement> operacoes = navegador.findElements(By.cssSelector(".opblock"));
        assertThat(operacoes).as("operações na Swagger UI").hasSizeGreaterThan(80);
        List<String> semSucesso = new ArrayList<>();
        List<String> naoDocumentadas = new ArrayList<>();
        int executadas = 0;
        for (WebElement operacao : operacoes) {
            String metodo = operacao.findElement(By.cssSelector(".opblock-summary-method")).getText();
            String caminho = operacao.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path");
            String chave = metodo + " " + caminho;
            WebElement resumo = operacao.findElement(By.cssSelector(".opblock-summary"));
            ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView({block: 'center'});", resumo);
            resumo.click();
            WebElement respostas = espera.until(d -> operacao.findElement(By.cssSelector(".responses-table")));
            List<String> codigos = respostas.findElements(By.cssSelector("tr.response")).stream()
                    .map(linha -> linha.getAttribute("data-code")).toList();
            if (codigos.stream().noneMatch(c -> c != null && c.startsWith("2"))) {
                semSucesso.add(chave + " " + codigos);
            }
            if (operacao.getText().contains("Undocumented")) {
                naoDocumentadas.add(chave + " (aberta)");
            }
            if (metodo.equals("GET") && caminho.startsWith("/api/") && !caminho.contains("eventos-ao-vivo")) {
                String resultado = executar(espera, operacao);
                executadas++;
                if (resultado.contains("Undocumented")) {
                    naoDocumentadas.add(chave + " -> " + resultado);
                }
            }
            resumo.click();
        }
        assertThat(executadas).as("leituras executadas pela Swagger UI").isGreaterThan(30);
        assertThat(semSucesso).as("operações sem resposta 2xx documentada").isEmpty();
        assertThat(naoDocumentadas).as("respostas que a Swagger UI mostra como Undocumented").isEmpty();
    }

    /** Signs Swagger UI in as a client with a token would: the bearer scheme of Authorize. */
    private void autorizarComToken(WebDriverWait espera, String token) {
        espera.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
        WebElement bearer = espera.until(d -> d.findElements(By.cssSelector(".auth-container")).stream()
                .filter(c -> c.getText().contains("bearer")).findFirst().orElse(null));
        bearer.findElement(By.cssSelector("input")).sendKeys(token);
        bearer.findElement(By.cssSelector("button.authorize")).click();
        espera.until(d -> bearer.getText().contains("Authorized"));
        navegador.findElement(By.cssSelector("button.close-modal")).click();
    }

    /**
     * Try it out with the document's examples (ids that exist nowhere here: the answer is then the documented 404, or
     * 200 with an empty result), execute, and read the status Swagger UI shows with its flag.
     */
    private String executar(WebDriverWait espera, WebElement operacao) {
        operacao.findElement(By.cssSelector("button.try-out__btn")).click();
        for (WebElement parametro : operacao.findElements(By.cssSelector("tr[data-param-name]"))) {
            boolean obrigatorio = !parametro.findElements(By.cssSelector(".parameter__name.required")).isEmpty();
            List<WebElement> campos = parametro.findElements(By.cssSelector("input[type=text]"));
            // Swagger UI fills a parameter with its example; only a required one without it needs a value here.
            if (obrigatorio && !campos.isEmpty() && campos.get(0).getAttribute("value").isEmpty()) {
                String nome = parametro.getAttribute("data-param-name");
                campos.get(0).sendKeys(switch (nome) {
                    case "versao" -> "999";
                    case "nome", "grupo" -> "inexistente";
                    case "numero" -> "LP-2026/000042-7";
                    case "codigo" -> "7KQ2-M9XD-4HTP";
                    default -> "00000000-0000-4000-8000-000000000000";
                });
            }
        }
        operacao.findElement(By.cssSelector("button.execute")).click();
        WebElement vivo = espera.until(d -> operacao.findElements(By.cssSelector(".live-responses-table .response")).stream()
                .findFirst().orElse(null));
        String texto = vivo.findElement(By.cssSelector(".response-col_status")).getText().replace('\n', ' ');
        operacao.findElement(By.cssSelector("button.try-out__btn")).click();
        return texto;
    }
}
