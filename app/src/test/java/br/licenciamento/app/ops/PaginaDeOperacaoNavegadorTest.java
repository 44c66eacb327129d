package br.licenciamento.app.ops;

import br.licenciamento.app.PlataformaEmbutidaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's page in a real headless Chromium (Debian's chromium and chromedriver): the operator signs
 * in, sees the processors and the sagas a filing started, and a replay started from the page runs to the end.
 */
class PaginaDeOperacaoNavegadorTest extends PlataformaEmbutidaTest {

    @Autowired
    private Environment ambiente;

    @TempDir
    Path perfil;

    private WebDriver navegador;

    @BeforeEach
    void abrirNavegador() {
        navegador = Chromium.abrir(perfil);
    }

    @AfterEach
    void fecharNavegador() {
        if (navegador != null) {
            navegador.quit();
        }
    }

    @Test
    void operadorVeOsProcessadoresAsSagasEExecutaUmReplayAteOFim() {
        String processoId = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Pagina de operacao","cnae":"2342-7/02","municipioIbge":"3304557","tipoLicenca":"LP"}"""
                .formatted(requerenteAtivo())).cabecalho("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElseThrow();
        // The page re-renders its tables every 2 s, so an element read between two renders may be gone: look again.
        WebDriverWait espera = new WebDriverWait(navegador, Duration.ofSeconds(20));
        espera.ignoring(StaleElementReferenceException.class);

        navegador.get("http://127.0.0.1:" + ambiente.getRequiredProperty("local.server.port") + "/ops");

        // Signs in as an operator: the page sends the browser to the login page (authorization code + PKCE).
        espera.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=entrar]"))).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("admin");
        navegador.findElement(By.id("password")).sendKeys("demo-admin");
        navegador.findElement(By.cssSelector("form")).submit();
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessao"), "Conectado como admin"));

        By linhaDaPesquisa = By.cssSelector("tr[data-processador='pesquisa-processos']");
        espera.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-processador='pesquisa-processos'] [data-testid=situacao]"), "em dia"));
        assertThat(navegador.findElement(By.cssSelector("[data-testid=processadores]")).getText())
                .contains("dossie").contains("pesquisa-processos").contains("tracking");

        // The filing started the deadline sagas of the process: the saga section lists them with their associations.
        String situacaoDaSaga = espera.until(d -> d.findElements(By.cssSelector("[data-testid=sagas] tbody tr")).stream()
                .filter(linha -> linha.getText().contains(processoId)).findFirst()
                .map(linha -> linha.findElement(By.cssSelector("[data-testid=situacao-saga]")).getText()).orElse(null));
        assertThat(situacaoDaSaga).isEqualTo("ativa");
        assertThat(navegador.findElement(By.cssSelector("[data-testid=tipos-de-saga]")).getText()).contains("Saga");

        navegador.findElement(linhaDaPesquisa).findElement(By.cssSelector("[data-testid=replay]")).click();
        espera.until(ExpectedConditions.alertIsPresent()).accept();

        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensagem"), "Replay de pesquisa-processos iniciado"));
        String classe = espera.until(d -> {
            WebElement celula = d.findElement(By.cssSelector("tr[data-processador='pesquisa-processos'] [data-testid=situacao]"));
            return celula.getText().equals("em dia") ? celula.getAttribute("class") : null;
        });
        assertThat(classe).isEqualTo("ok");

        // Signing out ends the sign-in session too: "Entrar" asks for the password again instead of coming straight back.
        navegador.findElement(By.cssSelector("[data-testid=sair]")).click();
        espera.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=entrar]"))).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(navegador.getCurrentUrl()).contains("/login");
    }
}
