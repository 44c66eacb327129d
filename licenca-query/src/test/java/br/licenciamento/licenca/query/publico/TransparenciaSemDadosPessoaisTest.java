package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.pessoa.ConsultaDePessoa;
import br.licenciamento.api.pessoa.DadoProtegido;
import br.licenciamento.api.pessoa.EnderecoProtegido;
import br.licenciamento.api.pessoa.FichaPessoa;
import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.licenca.query.BancoDeLeitura;
import br.licenciamento.licenca.query.Eventos;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What the public views may show of applicants and holders: a legal person's CNPJ and names; of a natural person,
 * nothing, not even a question to the people registry. And the authenticity code is compared as people type it.
 */
class TransparenciaSemDadosPessoaisTest extends BancoDeLeitura {

    private final QueryGateway queryGateway = mock(QueryGateway.class);
    private Titulares titulares;
    private Eventos eventos;

    @BeforeEach
    void titulares() {
        titulares = new Titulares(jdbc, queryGateway);
        eventos = new Eventos(new NaturezaDosTitularesProjection(jdbc));
    }

    private void registrada(String pessoaId, TipoPessoa tipo) {
        DadoProtegido cifrado = new DadoProtegido("cifrado");
        eventos.dado(pessoaId, new PessoaRegistrada(pessoaId, tipo, "hash-" + pessoaId, cifrado, cifrado, null, null, null, null,
                new EnderecoProtegido(cifrado, cifrado, null, null, "3106200", cifrado), cifrado, null, Instant.now()));
    }

    private void naFichaDoCadastro(String pessoaId, TipoPessoa tipo, String documento, String nome, boolean eliminados) {
        FichaPessoa ficha = new FichaPessoa(pessoaId, tipo, documento, nome, eliminados ? null : "Fantasia", null, "52998224725",
                "Representante Legal", null, null, null, true, eliminados, Instant.now(), List.of(), List.of());
        when(queryGateway.query(eq(new ConsultaDePessoa(pessoaId)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(ficha)));
    }

    @Test
    void pessoaJuridicaApareceComCnpjENomesPessoaFisicaNemEConsultada() {
        registrada("pj", TipoPessoa.JURIDICA);
        registrada("pf", TipoPessoa.FISICA);
        naFichaDoCadastro("pj", TipoPessoa.JURIDICA, "12ABC34501DE35", "Mineradora Serra Azul Ltda", false);
        naFichaDoCadastro("pf", TipoPessoa.FISICA, "52998224725", "Maria da Silva", false);

        Map<String, TitularPublico> publicos = titulares.juridicas(List.of("pj", "pf", "desconhecida", "pj"));

        assertThat(publicos).containsOnlyKeys("pj");
        assertThat(publicos.get("pj")).isEqualTo(new TitularPublico("12.ABC.345/01DE-35", "Mineradora Serra Azul Ltda", "Fantasia"));
        assertThat(publicos.toString()).doesNotContain("Representante").doesNotContain("52998224725");
        verify(queryGateway, never()).query(eq(new ConsultaDePessoa("pf")), any(ResponseType.class));
        verify(queryGateway, never()).query(eq(new ConsultaDePessoa("desconhecida")), any(ResponseType.class));
    }

    @Test
    void pessoaJuridicaComDadosEliminadosNaoApareceMais() {
        registrada("pj", TipoPessoa.JURIDICA);
        naFichaDoCadastro("pj", TipoPessoa.JURIDICA, null, null, true);

        assertThat(titulares.juridicas(List.of("pj"))).isEmpty();
    }

    @Test
    void replayDaNaturezaDosTitularesDaOMesmoResultado() {
        registrada("pj", TipoPessoa.JURIDICA);
        registrada("pf", TipoPessoa.FISICA);
        List<Map<String, Object>> antes = linhas("titular_natureza", "pessoa_id");

        eventos.entregarDeNovo();
        eventos.replay();
        assertThat(linhas("titular_natureza", "pessoa_id")).isEqualTo(antes).hasSize(2);
    }

    @Test
    void codigoDeAutenticidadeAceitaMinusculasEspacosHifensELetrasConfundiveis() {
        String impresso = "7KQ2-M9XD-4H0A-Z1CV";

        assertThat(TransparenciaController.mesmoCodigo(impresso, "7kq2 m9xd 4h0a z1cv")).isTrue();
        assertThat(TransparenciaController.mesmoCodigo(impresso, "7KQ2M9XD4HOAZICV")).isTrue();
        assertThat(TransparenciaController.mesmoCodigo(impresso, "7KQ2-M9XD-4HOA-ZLCV")).isTrue();
        assertThat(TransparenciaController.mesmoCodigo(impresso, "7KQ2-M9XD-4H0A-Z1CW")).isFalse();
        assertThat(TransparenciaController.mesmoCodigo(impresso, "7KQ2-M9XD-4H0A")).isFalse();
    }
}
