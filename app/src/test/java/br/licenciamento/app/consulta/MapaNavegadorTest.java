package br.licenciamento.app.consulta;

import br.licenciamento.app.GeoJsonDeTeste;
import br.licenciamento.app.ops.Chromium;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public map page in a real headless Chromium (Debian's chromium and chromedriver): without signing in, it draws
 * one vector marker per licence of the area the transparency API answers, opens a popup with the licence number, and
 * lists the reference layers the platform serves (none, or those other tests loaded). The locations are given through
 * the location endpoint (PUT .../localizacao), as the applicant would.
 */
class MapaNavegadorTest extends Consultas {

    @Autowired
    private Environment ambiente;

    @TempDir
    Path perfil;

    private WebDriver navegador;

    @BeforeEach
    void abrirNavegador() {
        navegador = Chromium.abrir(perfil, "--window-size=1280,900");
    }

    @AfterEach
    void fecharNavegador() {
        if (navegador != null) {
            navegador.quit();
        }
    }

    @Test
    void paginaDoMapaMostraAsLicencasDaAreaEAbreOPopupComONumero() {
        double lon = -55 + ThreadLocalRandom.current().nextInt(0, 800) / 100.0;
        double lat = -18 + ThreadLocalRandom.current().nextInt(0, 800) / 100.0;
        ClienteHttp requerente = api("REQUERENTE");
        Pessoa empresa = pessoaJuridica(requerente, "Mapa no Navegador Ltda", "Rui Representante",
                br.licenciamento.app.pessoa.DocumentosDeTeste.cpf());
        String primeiro = protocolarAqui(requerente, empresa.pessoaId(), "LAC", "Olaria do Navegador");
        String segundo = protocolarAqui(requerente, empresa.pessoaId(), "LAC", "Cerâmica do Navegador");
        String semLicenca = protocolarAqui(requerente, empresa.pessoaId(), "LP", "Pedido do Navegador");
        String licenca = lacPorAdesao(primeiro);
        lacPorAdesao(segundo);
        localizar(primeiro, lon + 0.003, lat + 0.005);
        localizar(segundo, lon + 0.007, lat + 0.005);
        localizar(semLicenca, lon + 0.005, lat + 0.002);
        String numero = quando(requerente, "/api/v1/licencas/" + licenca, l -> true).get("licenca").get("numero").asString();
        String caixa = MapaPublicoTest.caixa(lon, lat, lon + 0.01, lat + 0.01);
        JsonNode naApi = quando(api(), "/api/v1/publico/mapa?bbox=" + caixa, m -> m.get("total").asLong() == 3);
        long licencasNaApi = 0;
        for (JsonNode feicao : naApi.get("features")) {
            licencasNaApi += feicao.get("properties").get("categoria").asString().equals("licenca") ? 1 : 0;
        }
        assertThat(licencasNaApi).isEqualTo(2);

        WebDriverWait espera = new WebDriverWait(navegador, Duration.ofSeconds(20));
        navegador.get("http://127.0.0.1:" + ambiente.getRequiredProperty("local.server.port") + "/mapa?bbox=" + caixa);
        espera.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-carregado", "true"));

        List<WebElement> marcadores = navegador.findElements(By.cssSelector("#mapa path.mapa-licenca"));
        assertThat(marcadores).hasSize((int) licencasNaApi);
        assertThat(navegador.findElements(By.cssSelector("#mapa path.mapa-processo"))).hasSize(1);
        assertThat(navegador.findElement(By.cssSelector("[data-testid=situacao]")).getText())
                .isEqualTo("2 licenças e 1 processo nesta área.");
        // The page lists the layers the platform serves, and says so when there are none (or the layers' endpoint
        // answers nothing to an anonymous caller, as before the write side's layers are merged).
        ClienteHttp.Resposta camadas = api().get("/api/v1/camadas");
        String painel = navegador.findElement(By.cssSelector("[data-testid=camadas]")).getText();
        if (camadas.status() != 200 || camadas.json().isEmpty()) {
            assertThat(painel).isEqualTo("Nenhuma camada de referência carregada.");
        } else {
            camadas.json().forEach(c -> assertThat(painel).contains(c.get("nome").asString() + " — versão "
                    + c.get("versao").asInt()));
        }

        // The first licence is the western marker (both at the same latitude).
        WebElement oeste = marcadores.stream()
                .min((a, b) -> Integer.compare(a.getRect().getX(), b.getRect().getX())).orElseThrow();
        oeste.click();
        WebElement popup = espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
        assertThat(popup.getText()).contains("Licença " + numero).contains("Vigente").contains("Olaria do Navegador")
                .contains("Válida até");
    }

    private void localizar(String processoId, double lon, double lat) {
        MapaPublicoTest.localizar(api("REQUERENTE"), processoId, GeoJsonDeTeste.ponto(lon, lat));
    }
}
