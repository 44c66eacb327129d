package br.licenciamento.platform.aleatorio;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random identifiers and bytes for the platform's hot paths, with one cryptographic generator per thread.
 * <p>
 * {@code UUID.randomUUID()} and every {@code new SecureRandom()} on Linux share one NativePRNG, which reads
 * {@code /dev/urandom} under a single global lock. Every Axon message and every request takes an identifier, so
 * on two cores a thread descheduled while holding that lock stalled all the others: 42 s of blocked time in a
 * 5-minute benchmark run, single waits up to 278 ms (bench/README.md, "Tuning"). A DRBG per thread has no shared lock
 * and stays a cryptographic generator, which the LGPD vault's IVs and the licences' authenticity codes require.
 */
public final class Aleatorios {

    private static final ThreadLocal<SecureRandom> GERADOR = ThreadLocal.withInitial(Aleatorios::novoGerador);

    private Aleatorios() {
    }

    /** This thread's generator; never share it with another thread. */
    public static SecureRandom gerador() {
        return GERADOR.get();
    }

    /** A random (version 4, RFC 9562) UUID. */
    public static UUID uuid() {
        byte[] bytes = new byte[16];
        GERADOR.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** A random UUID as text, the form of every aggregate, message and correlation id here. */
    public static String identificador() {
        return uuid().toString();
    }

    private static SecureRandom novoGerador() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("A JVM não oferece o gerador DRBG (JDK 9+)", e);
        }
    }
}
