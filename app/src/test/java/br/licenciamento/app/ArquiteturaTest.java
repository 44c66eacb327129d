package br.licenciamento.app;

import br.licenciamento.platform.seguranca.RegrasDeAcessoDoModulo;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Module boundaries: services talk only through messages in {@code api}, never through each other's code;
 * only {@code app} puts them together.
 */
class ArquiteturaTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Other modules' test helpers reach this classpath as test jars, which the option above does not know.
            .withImportOption(local -> !local.contains("-tests.jar"))
            .importPackages("br.licenciamento");

    private static final List<String> SERVICOS = List.of(
            "br.licenciamento.licenca.command..",
            "br.licenciamento.licenca.query..",
            "br.licenciamento.pessoa..",
            "br.licenciamento.auth..",
            "br.licenciamento.notificacao..");

    @Test
    void nenhumModuloDeServicoDependeDeOutro() {
        for (String servico : SERVICOS) {
            String[] outros = SERVICOS.stream().filter(s -> !s.equals(servico)).toArray(String[]::new);
            noClasses().that().resideInAPackage(servico)
                    .should().dependOnClassesThat().resideInAnyPackage(outros)
                    .because("servicos conversam so por mensagens do modulo api")
                    .check(CLASSES);
        }
    }

    @Test
    void apiEPlataformaNaoConhecemOsServicos() {
        noClasses().that().resideInAnyPackage("br.licenciamento.api..", "br.licenciamento.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICOS.toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void apiEhLinguagemPublicadaSemSpringNemPlataforma() {
        noClasses().that().resideInAPackage("br.licenciamento.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "br.licenciamento.platform..", "jakarta.persistence..")
                .check(CLASSES);
    }

    /** UUID.randomUUID() and new SecureRandom() share one lock across the JVM; see Aleatorios. */
    @Test
    void identificadoresEBytesAleatoriosVemDeAleatorios() {
        noClasses().that().resideOutsideOfPackage("br.licenciamento.platform.aleatorio..")
                .should().callMethod(UUID.class, "randomUUID")
                .orShould().callConstructor(SecureRandom.class)
                .because("o gerador compartilhado da JVM serializa todas as threads; use Aleatorios")
                .check(CLASSES);
    }

    /** A cycle between packages means neither can be read, changed or moved without the other. */
    @Test
    void nenhumCicloEntrePacotes() {
        slices().matching("br.licenciamento.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * Each module declares the access rules of its own routes beside its controllers; the platform only applies them,
     * so it never names a module's routes.
     */
    @Test
    void regrasDeAcessoFicamNoModuloDasRotas() {
        classes().that().implement(RegrasDeAcessoDoModulo.class)
                .should().resideInAnyPackage(SERVICOS.toArray(String[]::new))
                .andShould().notBePublic()
                .check(CLASSES);
    }

    /** The embedded PostgreSQL and MongoDB are the laptop's: a service never carries them. */
    @Test
    void soOAppUsaAInfraestruturaEmbutida() {
        noClasses().that().resideOutsideOfPackages("br.licenciamento.app..", "br.licenciamento.embutido..")
                .should().dependOnClassesThat().resideInAPackage("br.licenciamento.embutido..")
                .check(CLASSES);
    }

    @Test
    void soOAppMontaOsModulos() {
        noClasses().that().resideOutsideOfPackage("br.licenciamento.app..")
                .should().dependOnClassesThat().resideInAPackage("br.licenciamento.app..")
                .check(CLASSES);
    }
}
