package br.licenciamento.licenca.command;

import br.licenciamento.api.comum.RegraVioladaException;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Asserts that a command was refused for the named rule, with a message, and changed nothing. */
public final class Recusas {

    private Recusas() {
    }

    public static <T> void recusa(ResultValidator<T> resultado, String regra) {
        resultado.expectNoEvents().expectException(new TypeSafeMatcher<Throwable>() {
            @Override
            protected boolean matchesSafely(Throwable erro) {
                return erro instanceof RegraVioladaException r && r.regra().equals(regra) && !r.getMessage().isBlank();
            }

            @Override
            public void describeTo(Description descricao) {
                descricao.appendText("RegraVioladaException da regra " + regra);
            }
        });
    }
}
