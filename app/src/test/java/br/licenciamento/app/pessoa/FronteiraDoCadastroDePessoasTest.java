package br.licenciamento.app.pessoa;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The people context and licensing talk only through messages of api/: neither imports the other. */
class FronteiraDoCadastroDePessoasTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("br.licenciamento");

    @Test
    void pessoaNaoImportaOLicenciamento() {
        noClasses().that().resideInAPackage("br.licenciamento.pessoa..")
                .should().dependOnClassesThat().resideInAPackage("br.licenciamento.licenca..")
                .check(classes);
    }

    @Test
    void licenciamentoNaoImportaPessoa() {
        noClasses().that().resideInAPackage("br.licenciamento.licenca..")
                .should().dependOnClassesThat().resideInAPackage("br.licenciamento.pessoa..")
                .check(classes);
    }
}
