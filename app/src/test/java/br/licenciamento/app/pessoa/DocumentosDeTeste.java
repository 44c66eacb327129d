package br.licenciamento.app.pessoa;

import br.licenciamento.pessoa.identidade.Cnpj;
import br.licenciamento.pessoa.identidade.Cpf;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid documents that no other test uses: a counter seeded from the clock, completed with real check
 * digits, so tests sharing one database never collide on the uniqueness rule.
 */
public final class DocumentosDeTeste {

    private static final AtomicLong SEQUENCIA = new AtomicLong(System.nanoTime() % 400_000_000L + 100_000_000L);

    private DocumentosDeTeste() {
    }

    public static String cpf() {
        String cpf = Cpf.comDigitos(String.format("%09d", SEQUENCIA.incrementAndGet() % 1_000_000_000L));
        return Cpf.valido(cpf) ? Cpf.formatar(cpf) : cpf();
    }

    /** An alphanumeric CNPJ (July 2026 format), punctuated. */
    public static String cnpjAlfanumerico() {
        String raiz = Long.toString(SEQUENCIA.incrementAndGet(), 36).toUpperCase();
        String doze = ("AB" + raiz + "000000000000").substring(0, 8) + "0001";
        return Cnpj.formatar(Cnpj.comDigitos(doze));
    }
}
