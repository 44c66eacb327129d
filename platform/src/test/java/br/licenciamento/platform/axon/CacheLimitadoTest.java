package br.licenciamento.platform.axon;

import org.axonframework.common.caching.NoCache;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CacheLimitadoTest {

    private static final ParametrosDosCaches PADRAO = new ParametrosDosCaches(new ParametrosDosCaches.Cache(null),
            new ParametrosDosCaches.Cache(null));

    @Test
    void oUsadoHaMaisTempoSaiQuandoOCacheEstaCheio() {
        CacheLimitado cache = new CacheLimitado(2);
        cache.put("a", "processo a");
        cache.put("b", "processo b");
        cache.get("a");
        cache.put("c", "processo c");

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.tamanho()).isEqualTo(2);
    }

    @Test
    void umaEntradaLidaPorUmaUnidadeDeTrabalhoDesfeitaSaiDoCache() {
        CacheLimitado cache = new CacheLimitado(10);
        cache.put("saga", "estado gravado");
        UnitOfWork<?> unidade = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("evento"));
        cache.get("saga");
        unidade.rollback();

        assertThat(cache.containsKey("saga")).isFalse();
    }

    @Test
    void umaEntradaGravadaPorUmaUnidadeDeTrabalhoConfirmadaFica() {
        CacheLimitado cache = new CacheLimitado(10);
        UnitOfWork<?> unidade = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("evento"));
        cache.put("saga", "estado novo");
        unidade.commit();

        assertThat((String) cache.get("saga")).isEqualTo("estado novo");
    }

    @Test
    void comOBancoEmbutidoDoProprioProcessoAgregadosESagasFicamEmMemoria() {
        MockEnvironment ambiente = new MockEnvironment().withProperty("licenciamento.embutido.postgres-proprio", "true");
        assertThat(CachesDoAxonConfiguration.cacheDeAgregados(PADRAO, ambiente)).isInstanceOf(CacheLimitado.class);
        assertThat(CachesDoAxonConfiguration.capacidade(null, ambiente, false)).isPositive();
    }

    @Test
    void comOAxonServerSoOsAgregadosFicamEmMemoria() {
        MockEnvironment ambiente = new MockEnvironment().withProperty("axon.axonserver.enabled", "true");
        assertThat(CachesDoAxonConfiguration.capacidade(null, ambiente, true)).isPositive();
        assertThat(CachesDoAxonConfiguration.capacidade(null, ambiente, false)).isZero();
    }

    @Test
    void instanciasQueDividemUmBancoSemAxonServerNaoGuardamNada() {
        MockEnvironment ambiente = new MockEnvironment().withProperty("axon.axonserver.enabled", "false");
        assertThat(CachesDoAxonConfiguration.cacheDeAgregados(PADRAO, ambiente)).isSameAs(NoCache.INSTANCE);
        assertThat(CachesDoAxonConfiguration.capacidade(null, ambiente, false)).isZero();
    }

    @Test
    void aConfiguracaoExplicitaPrevalece() {
        MockEnvironment ambiente = new MockEnvironment().withProperty("licenciamento.embutido.postgres-proprio", "true");
        ParametrosDosCaches desligados = new ParametrosDosCaches(new ParametrosDosCaches.Cache(0), new ParametrosDosCaches.Cache(0));
        assertThat(CachesDoAxonConfiguration.cacheDeAgregados(desligados, ambiente)).isSameAs(NoCache.INSTANCE);
    }
}
