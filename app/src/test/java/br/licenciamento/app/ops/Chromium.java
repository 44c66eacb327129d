package br.licenciamento.app.ops;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Path;

/** The headless Chromium of the browser tests: Debian's chromium and chromedriver, which {@code .ci/run} installs. */
public final class Chromium {

    private Chromium() {
    }

    public static WebDriver abrir(Path perfil, String... argumentos) {
        ChromeOptions opcoes = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + perfil)
                .addArguments(argumentos);
        ChromeDriverService servico = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(servico, opcoes);
    }
}
