package br.licenciamento.platform.projecao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of the read model a projection (a Spring bean with {@code @ProcessingGroup}) builds. Raise it
 * whenever a change to the projection makes the stored read model stale (a new field, a different text, a bug
 * fix): on the next start the platform resets that processing group's processor and replays the event store
 * into it, then records the new version. Every class of a processing group that declares a version must declare
 * the same one. Sagas cannot carry it: they only react to live events.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VersaoDaProjecao {

    /** Positive; any change (up or down) triggers the rebuild. */
    int value();
}
