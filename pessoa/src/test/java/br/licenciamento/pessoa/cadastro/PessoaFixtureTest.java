package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.pessoa.Alcance;
import br.licenciamento.api.pessoa.AtualizarContatos;
import br.licenciamento.api.pessoa.ContatosAtualizados;
import br.licenciamento.api.pessoa.AutorizarProcurador;
import br.licenciamento.api.pessoa.DadoProtegido;
import br.licenciamento.api.pessoa.DadosPessoaisEliminados;
import br.licenciamento.api.pessoa.DesignarResponsavelTecnico;
import br.licenciamento.api.pessoa.DocumentoJaRegistrado;
import br.licenciamento.api.pessoa.EliminarDadosPessoais;
import br.licenciamento.api.pessoa.Endereco;
import br.licenciamento.api.pessoa.EnderecoProtegido;
import br.licenciamento.api.pessoa.InativarPessoa;
import br.licenciamento.api.pessoa.PessoaInativada;
import br.licenciamento.api.pessoa.PessoaReativada;
import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.api.pessoa.ProcuracaoRevogada;
import br.licenciamento.api.pessoa.ProcuradorAutorizado;
import br.licenciamento.api.pessoa.ReativarPessoa;
import br.licenciamento.api.pessoa.RegistrarPessoa;
import br.licenciamento.api.pessoa.ResponsavelTecnicoDesignado;
import br.licenciamento.api.pessoa.RevogarProcuracao;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.pessoa.lgpd.ImpressaoDeDocumento;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static br.licenciamento.pessoa.cadastro.DublesDoCadastro.Cofre.protegido;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of the Pessoa aggregate, named after the rule. */
class PessoaFixtureTest {

    private static final Instant AGORA = Instant.parse("2026-08-10T13:00:00Z");
    private static final String ID = "pessoa-1";
    private static final String CPF = "529.982.247-25";
    private static final String CPF_DIGITOS = "52998224725";
    private static final String CNPJ_ALFANUMERICO = "12.ABC.345/01DE-35";
    private static final Endereco ENDERECO = new Endereco("Rua da Bahia", "1000", "sala 2", "Centro", "3106200", "30160-011");

    private final ImpressaoDeDocumento impressao = new ImpressaoDeDocumento("segredo-de-teste-com-pelo-menos-32-caracteres");
    private final DublesDoCadastro.Registro registro = new DublesDoCadastro.Registro();
    private final DublesDoCadastro.Cofre cofre = new DublesDoCadastro.Cofre();
    private final DublesDoCadastro.Situacoes situacoes = new DublesDoCadastro.Situacoes();
    private FixtureConfiguration<Pessoa> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Pessoa.class);
        fixture.registerInjectableResource(Clock.fixed(AGORA, ZoneOffset.UTC));
        fixture.registerInjectableResource(registro);
        fixture.registerInjectableResource(cofre);
        fixture.registerInjectableResource(impressao);
        fixture.registerInjectableResource(situacoes);
    }

    private static RegistrarPessoa fisica(String documento) {
        return new RegistrarPessoa(ID, TipoPessoa.FISICA, documento, "Maria José da Silva", null, null, null, null,
                ENDERECO, "Maria@Exemplo.com.br", "(31) 98765-4321");
    }

    private static RegistrarPessoa juridica(String cnpj, String representanteCpf) {
        return new RegistrarPessoa(ID, TipoPessoa.JURIDICA, cnpj, "Ceramica Vale Verde Ltda", "Vale Verde", "2342702",
                representanteCpf, "Joao Souza", ENDERECO, "contato@valeverde.com.br", "3132101234");
    }

    private PessoaRegistrada registrada() {
        return new PessoaRegistrada(ID, TipoPessoa.FISICA, impressao.de(CPF_DIGITOS), protegido(CPF_DIGITOS),
                protegido("Maria José da Silva"), null, null, null, null,
                new EnderecoProtegido(protegido("Rua da Bahia"), protegido("1000"), protegido("sala 2"), protegido("Centro"),
                        "3106200", protegido("30160011")),
                protegido("maria@exemplo.com.br"), protegido("31987654321"), AGORA);
    }

    @Test
    void cpfValidoEhGuardadoSoComDigitosECifrado() {
        fixture.givenNoPriorActivity()
                .when(fisica(CPF))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registrada());
        assertThat(cofre.chaves).containsExactly(ID);
    }

    @Test
    void regraCpfValido() {
        fixture.givenNoPriorActivity()
                .when(fisica("529.982.247-26"))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O CPF informado não é válido: confira os 11 dígitos e os dígitos verificadores.");
        fixture.givenNoPriorActivity().when(fisica("111.111.111-11")).expectException(RegraVioladaException.class);
        assertThat(registro.titulares).isEmpty();
    }

    @Test
    void regraCnpjValidoAceitaOAlfanumericoDe2026() {
        fixture.givenNoPriorActivity()
                .when(juridica(CNPJ_ALFANUMERICO.toLowerCase(), CPF))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PessoaRegistrada(ID, TipoPessoa.JURIDICA, impressao.de("12ABC34501DE35"),
                        protegido("12ABC34501DE35"), protegido("Ceramica Vale Verde Ltda"), protegido("Vale Verde"), "2342-7/02",
                        protegido(CPF_DIGITOS), protegido("Joao Souza"),
                        new EnderecoProtegido(protegido("Rua da Bahia"), protegido("1000"), protegido("sala 2"),
                                protegido("Centro"), "3106200", protegido("30160011")),
                        protegido("contato@valeverde.com.br"), protegido("3132101234"), AGORA));
    }

    @Test
    void regraCnpjValido() {
        fixture.givenNoPriorActivity()
                .when(juridica("12.ABC.345/01DE-36", CPF))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O CNPJ informado não é válido: confira os 14 caracteres e os dígitos verificadores.");
        fixture.givenNoPriorActivity().when(juridica("00.000.000/0000-00", CPF)).expectException(RegraVioladaException.class);
    }

    @Test
    void regraRepresentanteLegal() {
        fixture.givenNoPriorActivity()
                .when(juridica("11.222.333/0001-81", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("Pessoa jurídica precisa de representante legal com CPF válido.");
    }

    @Test
    void regraCnaeValido() {
        RegistrarPessoa c = juridica("11.222.333/0001-81", CPF);
        fixture.givenNoPriorActivity()
                .when(new RegistrarPessoa(ID, c.tipo(), c.documento(), c.nome(), c.nomeFantasia(), "23427", CPF, "Joao",
                        ENDERECO, c.email(), c.telefone()))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("A atividade principal deve ser uma subclasse CNAE no formato NNNN-N/NN.");
    }

    @Test
    void regraEmailValido() {
        RegistrarPessoa c = fisica(CPF);
        fixture.givenNoPriorActivity()
                .when(new RegistrarPessoa(ID, c.tipo(), CPF, c.nome(), null, null, null, null, ENDERECO, "maria@", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O e-mail informado não é válido (exemplo: nome@dominio.com.br).");
    }

    @Test
    void regraTelefoneValido() {
        fixture.givenNoPriorActivity()
                .when(new RegistrarPessoa(ID, TipoPessoa.FISICA, CPF, "Maria", null, null, null, null, ENDERECO,
                        "maria@exemplo.com.br", "12345"))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O telefone informado não é válido: use DDD e número, por exemplo (31) 98765-4321.");
    }

    @Test
    void regraCepValido() {
        fixture.givenNoPriorActivity()
                .when(new RegistrarPessoa(ID, TipoPessoa.FISICA, CPF, "Maria", null, null, null, null,
                        new Endereco("Rua A", "1", null, null, "3106200", "3016"), "maria@exemplo.com.br", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O CEP informado não é válido: use 8 dígitos, por exemplo 30130-010.");
    }

    @Test
    void regraMunicipioValido() {
        fixture.givenNoPriorActivity()
                .when(new RegistrarPessoa(ID, TipoPessoa.FISICA, CPF, "Maria", null, null, null, null,
                        new Endereco("Rua A", "1", null, null, "9906200", "30160011"), "maria@exemplo.com.br", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O município deve ser o código IBGE de 7 dígitos de um município brasileiro, por exemplo 3106200.");
    }

    @Test
    void regraDocumentoUnico() {
        registro.titulares.put(impressao.de(CPF_DIGITOS), "pessoa-anterior");
        fixture.givenNoPriorActivity()
                .when(fisica("52998224725"))
                .expectException(DocumentoJaRegistradoException.class)
                .expectExceptionDetails(new DocumentoJaRegistrado("documento-unico",
                        "Já existe uma pessoa cadastrada com este CPF/CNPJ; use o cadastro existente.", "pessoa-anterior"))
                .expectNoEvents();
        assertThat(cofre.chaves).isEmpty();
    }

    @Test
    void regraPessoaAtivaParaOutorgarProcuracao() {
        situacoes.conhecidas.put("procurador-1", new SituacoesCadastrais.Situacao(TipoPessoa.FISICA, true));
        fixture.given(registrada(), new PessoaInativada(ID, protegido("pedido"), AGORA))
                .when(procuracao(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("A pessoa está inativa; reative o cadastro antes desta operação.");
    }

    @Test
    void regraProcuradorAtivo() {
        situacoes.conhecidas.put("procurador-1", new SituacoesCadastrais.Situacao(TipoPessoa.FISICA, false));
        fixture.given(registrada())
                .when(procuracao(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O procurador procurador-1 está inativo.");
        fixture.given(registrada())
                .when(new AutorizarProcurador(ID, "procuracao-1", "desconhecido", Alcance.PROCESSO, "processo-9",
                        LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O procurador desconhecido não está cadastrado.");
    }

    @Test
    void regraProcuradorDistinto() {
        fixture.given(registrada())
                .when(new AutorizarProcurador(ID, "procuracao-1", ID, Alcance.PROCESSO, "processo-9",
                        LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("Uma pessoa não pode ser procuradora de si mesma.");
    }

    @Test
    void regraVigenciaDaProcuracao() {
        situacoes.conhecidas.put("procurador-1", new SituacoesCadastrais.Situacao(TipoPessoa.FISICA, true));
        fixture.given(registrada())
                .when(procuracao(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 1)))
                .expectException(RegraVioladaException.class);
        fixture.given(registrada())
                .when(procuracao(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 8, 9)))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("A procuração precisa de início e fim, com o fim depois do início e ainda não vencido.");
        fixture.given(registrada())
                .when(procuracao(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)))
                .expectEvents(new ProcuradorAutorizado(ID, "procuracao-1", "procurador-1", Alcance.EMPREENDIMENTO,
                        "empreendimento-7", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), AGORA, null));
    }

    @Test
    void regraProcuracaoExistenteParaRevogar() {
        fixture.given(registrada())
                .when(new RevogarProcuracao(ID, "nao-existe", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("A procuração nao-existe não foi outorgada por esta pessoa.");
        fixture.given(registrada(), new ProcuradorAutorizado(ID, "procuracao-1", "procurador-1", Alcance.EMPREENDIMENTO,
                        "empreendimento-7", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), AGORA, null))
                .when(new RevogarProcuracao(ID, "procuracao-1", null))
                .expectEvents(new ProcuracaoRevogada(ID, "procuracao-1", AGORA, null));
    }

    @Test
    void regraInstrumentoAssinadoQuandoAEquipeDoOrgaoOutorgaRevogaOuDesigna() {
        situacoes.conhecidas.put("procurador-1", new SituacoesCadastrais.Situacao(TipoPessoa.FISICA, true));
        situacoes.conhecidas.put("rt-1", new SituacoesCadastrais.Situacao(TipoPessoa.FISICA, true));
        Map<String, String> gestor = Map.of("usuario", "gestor", "papeis", "GESTOR");
        ProcuradorAutorizado outorgada = new ProcuradorAutorizado(ID, "procuracao-1", "procurador-1", Alcance.EMPREENDIMENTO,
                "empreendimento-7", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), AGORA, null);

        fixture.given(registrada()).when(procuracao(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)), gestor)
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("A equipe do órgão só registra uma procuração com base em documento assinado "
                        + "pela pessoa: informe em “instrumento” a referência desse documento.");
        fixture.given(registrada(), outorgada).when(new RevogarProcuracao(ID, "procuracao-1", " "), gestor)
                .expectException(RegraVioladaException.class);
        fixture.given(registrada()).when(new DesignarResponsavelTecnico(ID, "designacao-1", "rt-1", "CREA-MG 123456",
                        "1420260001234", Alcance.PROCESSO, "processo-9", null), gestor)
                .expectException(RegraVioladaException.class);

        fixture.given(registrada()).when(new AutorizarProcurador(ID, "procuracao-1", "procurador-1", Alcance.EMPREENDIMENTO,
                        "empreendimento-7", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), "Procuracao 123/2026, 2o Oficio"), gestor)
                .expectEvents(new ProcuradorAutorizado(ID, "procuracao-1", "procurador-1", Alcance.EMPREENDIMENTO,
                        "empreendimento-7", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), AGORA,
                        "Procuracao 123/2026, 2o Oficio"));
        fixture.given(registrada(), outorgada).when(new RevogarProcuracao(ID, "procuracao-1", "Revogacao assinada em 10/08/2026"), gestor)
                .expectEvents(new ProcuracaoRevogada(ID, "procuracao-1", AGORA, "Revogacao assinada em 10/08/2026"));
        // The person's own account (an applicant) needs no instrument.
        fixture.given(registrada()).when(procuracao(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)),
                        Map.of("usuario", "maria", "papeis", "REQUERENTE"))
                .expectEvents(outorgada);
    }

    @Test
    void regraResponsavelTecnicoPessoaFisica() {
        situacoes.conhecidas.put("empresa-2", new SituacoesCadastrais.Situacao(TipoPessoa.JURIDICA, true));
        fixture.given(registrada())
                .when(new DesignarResponsavelTecnico(ID, "designacao-1", "empresa-2", "CREA-MG 123456", "1420260001234",
                        Alcance.PROCESSO, "processo-9", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O responsável técnico deve ser uma pessoa física ativa no cadastro.");
    }

    @Test
    void regraRegistroProfissionalEArtValida() {
        situacoes.conhecidas.put("rt-1", new SituacoesCadastrais.Situacao(TipoPessoa.FISICA, true));
        fixture.given(registrada())
                .when(new DesignarResponsavelTecnico(ID, "designacao-1", "rt-1", "123", "1420260001234", Alcance.PROCESSO, "processo-9", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("Informe o registro profissional com conselho e número, por exemplo CREA-MG 123456.");
        fixture.given(registrada())
                .when(new DesignarResponsavelTecnico(ID, "designacao-1", "rt-1", "CREA-MG 123456", "12", Alcance.PROCESSO, "processo-9", null))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("Informe o número da ART (Anotação de Responsabilidade Técnica): de 6 a 20 letras e dígitos.");
        fixture.given(registrada())
                .when(new DesignarResponsavelTecnico(ID, "designacao-1", "rt-1", "crea-mg 123456", "MG-2026.0001234", Alcance.PROCESSO, "processo-9", null))
                .expectEvents(new ResponsavelTecnicoDesignado(ID, "designacao-1", "rt-1", protegido("CREA-MG 123456"), "MG20260001234",
                        Alcance.PROCESSO, "processo-9", AGORA, null));
    }

    @Test
    void inativarEReativarSaoIdempotentes() {
        fixture.given(registrada()).when(new InativarPessoa(ID, "encerrou atividades"))
                .expectEvents(new PessoaInativada(ID, protegido("encerrou atividades"), AGORA));
        fixture.given(registrada(), new PessoaInativada(ID, null, AGORA)).when(new InativarPessoa(ID, null)).expectNoEvents();
        fixture.given(registrada(), new PessoaInativada(ID, null, AGORA)).when(new ReativarPessoa(ID))
                .expectEvents(new PessoaReativada(ID, AGORA));
        fixture.given(registrada()).when(new ReativarPessoa(ID)).expectNoEvents();
    }

    @Test
    void regraEliminacaoDestroiAChaveELiberaODocumento() {
        cofre.chaves.add(ID);
        registro.titulares.put(impressao.de(CPF_DIGITOS), ID);
        fixture.given(registrada())
                .when(new EliminarDadosPessoais(ID, "pedido do titular"))
                .expectEvents(new DadosPessoaisEliminados(ID, "pedido do titular", AGORA));
        assertThat(cofre.chaves).isEmpty();
        assertThat(registro.titulares).isEmpty();
        assertThat(cofre.decifradorPara(ID).revelar(new DadoProtegido("cifrado:Maria"))).isEqualTo("[eliminado]");
    }

    @Test
    void regraDadosEliminados() {
        fixture.given(registrada(), new DadosPessoaisEliminados(ID, null, AGORA))
                .when(new ReativarPessoa(ID))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("Os dados desta pessoa foram eliminados a pedido (LGPD); o cadastro não pode mais ser alterado.");
        fixture.given(registrada(), new DadosPessoaisEliminados(ID, null, AGORA))
                .when(new EliminarDadosPessoais(ID, null))
                .expectNoEvents();
    }

    @Test
    void contatosAtualizadosSeguemAsMesmasRegrasECifragemDoCadastro() {
        fixture.given(registrada())
                .when(new AtualizarContatos(ID, "nova@exemplo.com.br", null, new Endereco("Rua Nova", null, null, null, "3106200", "30140-000")))
                .expectEvents(new ContatosAtualizados(ID, protegido("nova@exemplo.com.br"), null,
                        new EnderecoProtegido(protegido("Rua Nova"), null, null, null, "3106200", protegido("30140000")), AGORA));
        fixture.given(registrada())
                .when(new AtualizarContatos(ID, "nova@", null, ENDERECO))
                .expectException(RegraVioladaException.class)
                .expectExceptionMessage("O e-mail informado não é válido (exemplo: nome@dominio.com.br).");
        fixture.given(registrada(), new DadosPessoaisEliminados(ID, null, AGORA))
                .when(new AtualizarContatos(ID, "nova@exemplo.com.br", null, ENDERECO))
                .expectException(RegraVioladaException.class);
    }

    private static AutorizarProcurador procuracao(LocalDate inicio, LocalDate fim) {
        return new AutorizarProcurador(ID, "procuracao-1", "procurador-1", Alcance.EMPREENDIMENTO, "empreendimento-7", inicio, fim, null);
    }
}
