package br.licenciamento.pessoa.identidade;

import br.licenciamento.api.comum.RegraVioladaException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;

/**
 * A field of a form checked by the same rule the aggregate applies, before the command is sent: a form with a bad
 * CPF, e-mail and CEP is answered once, naming all three, with the rule's own sentence. The aggregate still checks
 * (commands also come from the import and from other services). An empty value is left to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CampoValido.Validador.class)
public @interface CampoValido {

    Campo value();

    String message() default "valor inválido";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Campo {
        CPF(Cpf::normalizar),
        /** The person's type picks which one; here either will do, the aggregate checks that it matches. */
        CPF_OU_CNPJ(valor -> {
            if (valor.replaceAll("[^0-9A-Za-z]", "").length() <= 11) {
                Cpf.normalizar(valor);
            } else {
                Cnpj.normalizar(valor);
            }
        }),
        EMAIL(Contatos::email),
        TELEFONE(Contatos::telefone),
        CEP(Contatos::cep),
        MUNICIPIO(Contatos::municipio),
        CNAE(Contatos::cnae);

        private final Consumer<String> regra;

        Campo(Consumer<String> regra) {
            this.regra = regra;
        }
    }

    class Validador implements ConstraintValidator<CampoValido, String> {

        private Campo campo;

        @Override
        public void initialize(CampoValido anotacao) {
            campo = anotacao.value();
        }

        @Override
        public boolean isValid(String valor, ConstraintValidatorContext contexto) {
            if (valor == null || valor.isBlank()) {
                return true;
            }
            try {
                campo.regra.accept(valor);
                return true;
            } catch (RegraVioladaException recusa) {
                contexto.disableDefaultConstraintViolation();
                // The sentence is text, not a message template: braces, dollar signs and backslashes are escaped.
                contexto.buildConstraintViolationWithTemplate(recusa.getMessage().replaceAll("([\\\\{}$])", "\\\\$1"))
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
