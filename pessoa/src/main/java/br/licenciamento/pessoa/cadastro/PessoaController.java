package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.pessoa.Alcance;
import br.licenciamento.api.pessoa.AtualizarContatos;
import br.licenciamento.api.pessoa.AutorizarProcurador;
import br.licenciamento.api.pessoa.DesignarResponsavelTecnico;
import br.licenciamento.api.pessoa.DocumentoJaRegistrado;
import br.licenciamento.api.pessoa.EliminarDadosPessoais;
import br.licenciamento.api.pessoa.Endereco;
import br.licenciamento.api.pessoa.InativarPessoa;
import br.licenciamento.api.pessoa.ReativarPessoa;
import br.licenciamento.api.pessoa.RegistrarPessoa;
import br.licenciamento.api.pessoa.RevogarProcuracao;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.pessoa.acesso.AcessoAsPessoas;
import br.licenciamento.pessoa.identidade.CampoValido;
import br.licenciamento.pessoa.identidade.CampoValido.Campo;
import br.licenciamento.platform.aleatorio.Aleatorios;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/pessoas")
@Tag(name = "Pessoas (comandos)", description = "Cadastro de pessoas físicas e jurídicas, procuradores, "
        + "responsáveis técnicos e LGPD")
class PessoaController {

    private final CommandGateway commandGateway;
    private final AcessoAsPessoas acesso;

    PessoaController(CommandGateway commandGateway, AcessoAsPessoas acesso) {
        this.commandGateway = commandGateway;
        this.acesso = acesso;
    }

    record EnderecoInformado(
            @NotBlank(message = "{campo.informe-o-logradouro}") @Size(max = 300) String logradouro,
            @Size(max = 30) String numero,
            @Size(max = 100) String complemento,
            @Size(max = 100) String bairro,
            @NotBlank(message = "{campo.informe-o-codigo-ibge-do-municipio}") @CampoValido(Campo.MUNICIPIO) String municipioIbge,
            @NotBlank(message = "{campo.informe-o-cep}") @CampoValido(Campo.CEP) String cep) {
    }

    record RepresentanteLegal(
            @NotBlank(message = "{campo.informe-o-cpf-do-representante-legal}") @CampoValido(Campo.CPF) String cpf,
            @NotBlank(message = "{campo.informe-o-nome-do-representante-legal}") @Size(max = 300) String nome) {
    }

    record PedidoDeCadastro(
            @NotNull(message = "{campo.informe-fisica-cpf-ou-juridica-cnpj}") TipoPessoa tipo,
            @NotBlank(message = "{campo.informe-o-cpf-ou-cnpj}") @Size(max = 30) @CampoValido(Campo.CPF_OU_CNPJ) String documento,
            @NotBlank(message = "{campo.informe-o-nome-ou-a-razao-social}") @Size(max = 300) String nome,
            @Size(max = 300) String nomeFantasia,
            @CampoValido(Campo.CNAE) String cnaePrincipal,
            @Valid RepresentanteLegal representanteLegal,
            @NotNull(message = "{campo.informe-o-endereco}") @Valid EnderecoInformado endereco,
            @NotBlank(message = "{campo.informe-o-e-mail}") @Size(max = 254) @CampoValido(Campo.EMAIL) String email,
            @Size(max = 30) @CampoValido(Campo.TELEFONE) String telefone) {
    }

    record PessoaCadastrada(String pessoaId) {
    }

    @ApiResponse(responseCode = "201", description = "Pessoa cadastrada; Location aponta a ficha.")
    @PostMapping
    ResponseEntity<PessoaCadastrada> cadastrar(@Valid @RequestBody PedidoDeCadastro pedido) {
        String pessoaId = Aleatorios.identificador();
        Endereco endereco = new Endereco(pedido.endereco().logradouro(), pedido.endereco().numero(),
                pedido.endereco().complemento(), pedido.endereco().bairro(), pedido.endereco().municipioIbge(),
                pedido.endereco().cep());
        RepresentanteLegal representante = pedido.representanteLegal();
        try {
            commandGateway.sendAndWait(new RegistrarPessoa(pessoaId, pedido.tipo(), pedido.documento(), pedido.nome(),
                    pedido.nomeFantasia(), pedido.cnaePrincipal(), representante == null ? null : representante.cpf(),
                    representante == null ? null : representante.nome(), endereco, pedido.email(), pedido.telefone()));
        } catch (CommandExecutionException e) {
            throw documentoEmUso(e, acesso);
        }
        return ResponseEntity.created(URI.create("/api/v1/pessoas/" + pessoaId)).body(new PessoaCadastrada(pessoaId));
    }

    record PedidoDeContatos(
            @NotBlank(message = "{campo.informe-o-e-mail}") @Size(max = 254) @CampoValido(Campo.EMAIL) String email,
            @Size(max = 30) @CampoValido(Campo.TELEFONE) String telefone,
            @NotNull(message = "{campo.informe-o-endereco}") @Valid EnderecoInformado endereco) {
    }

    @ApiResponse(responseCode = "204", description = "Contatos atualizados.")
    @PutMapping("/{pessoaId}/contatos")
    ResponseEntity<Void> atualizarContatos(@PathVariable String pessoaId, @Valid @RequestBody PedidoDeContatos pedido) {
        EnderecoInformado e = pedido.endereco();
        commandGateway.sendAndWait(new AtualizarContatos(pessoaId, pedido.email(), pedido.telefone(),
                new Endereco(e.logradouro(), e.numero(), e.complemento(), e.bairro(), e.municipioIbge(), e.cep())));
        return ResponseEntity.noContent().build();
    }

    record PedidoDeInativacao(@Size(max = 500) String motivo) {
    }

    @ApiResponse(responseCode = "204", description = "Cadastro inativado.")
    @PostMapping("/{pessoaId}/inativacao")
    ResponseEntity<Void> inativar(@PathVariable String pessoaId, @Valid @RequestBody(required = false) PedidoDeInativacao pedido) {
        commandGateway.sendAndWait(new InativarPessoa(pessoaId, pedido == null ? null : pedido.motivo()));
        return ResponseEntity.noContent().build();
    }

    @ApiResponse(responseCode = "204", description = "Cadastro reativado.")
    @PostMapping("/{pessoaId}/reativacao")
    ResponseEntity<Void> reativar(@PathVariable String pessoaId) {
        commandGateway.sendAndWait(new ReativarPessoa(pessoaId));
        return ResponseEntity.noContent().build();
    }

    record PedidoDeProcuracao(
            @NotBlank(message = "{campo.informe-o-procurador}") @Size(max = 64) String procuradorId,
            @NotNull(message = "{campo.informe-empreendimento-ou-processo}") Alcance alcance,
            @NotBlank(message = "{campo.informe-o-empreendimento-ou-processo}") @Size(max = 64) String objetoId,
            @NotNull(message = "{campo.informe-o-inicio-da-vigencia}") LocalDate inicio,
            @NotNull(message = "{campo.informe-o-fim-da-vigencia}") LocalDate fim,
            @Size(max = 120) String instrumento) {
    }

    record ProcuracaoOutorgada(String procuracaoId) {
    }

    @ApiResponse(responseCode = "201", description = "Procuração outorgada; Location aponta a procuração.")
    @PostMapping("/{pessoaId}/procuracoes")
    ResponseEntity<ProcuracaoOutorgada> autorizar(@PathVariable String pessoaId, @Valid @RequestBody PedidoDeProcuracao pedido) {
        String procuracaoId = Aleatorios.identificador();
        commandGateway.sendAndWait(new AutorizarProcurador(pessoaId, procuracaoId, pedido.procuradorId(), pedido.alcance(),
                pedido.objetoId(), pedido.inicio(), pedido.fim(), aparado(pedido.instrumento())));
        return ResponseEntity.created(URI.create("/api/v1/pessoas/" + pessoaId + "/procuracoes/" + procuracaoId))
                .body(new ProcuracaoOutorgada(procuracaoId));
    }

    record PedidoDeRevogacao(@Size(max = 120) String instrumento) {
    }

    @ApiResponse(responseCode = "204", description = "Procuração revogada.")
    @PostMapping("/{pessoaId}/procuracoes/{procuracaoId}/revogacao")
    ResponseEntity<Void> revogar(@PathVariable String pessoaId, @PathVariable String procuracaoId,
                                 @Valid @RequestBody(required = false) PedidoDeRevogacao pedido) {
        commandGateway.sendAndWait(new RevogarProcuracao(pessoaId, procuracaoId, pedido == null ? null : aparado(pedido.instrumento())));
        return ResponseEntity.noContent().build();
    }

    record PedidoDeDesignacao(
            @NotBlank(message = "{campo.informe-o-responsavel-tecnico}") @Size(max = 64) String responsavelId,
            @NotBlank(message = "{campo.informe-o-registro-profissional}") @Size(max = 40) String registroProfissional,
            @NotBlank(message = "{campo.informe-o-numero-da-art}") @Size(max = 30) String numeroArt,
            @NotNull(message = "{campo.informe-empreendimento-ou-processo}") Alcance alcance,
            @NotBlank(message = "{campo.informe-o-empreendimento-ou-processo}") @Size(max = 64) String objetoId,
            @Size(max = 120) String instrumento) {
    }

    record DesignacaoFeita(String designacaoId) {
    }

    @ApiResponse(responseCode = "201", description = "Responsável técnico designado; Location aponta a designação.")
    @PostMapping("/{pessoaId}/responsaveis-tecnicos")
    ResponseEntity<DesignacaoFeita> designar(@PathVariable String pessoaId, @Valid @RequestBody PedidoDeDesignacao pedido) {
        String designacaoId = Aleatorios.identificador();
        commandGateway.sendAndWait(new DesignarResponsavelTecnico(pessoaId, designacaoId, pedido.responsavelId(),
                pedido.registroProfissional(), pedido.numeroArt(), pedido.alcance(), pedido.objetoId(), aparado(pedido.instrumento())));
        return ResponseEntity.created(URI.create("/api/v1/pessoas/" + pessoaId + "/responsaveis-tecnicos/" + designacaoId))
                .body(new DesignacaoFeita(designacaoId));
    }

    record PedidoDeEliminacao(@Size(max = 500) String fundamento) {
    }

    @ApiResponse(responseCode = "204", description = "Dados pessoais eliminados.")
    @PostMapping("/{pessoaId}/eliminacao")
    ResponseEntity<Void> eliminar(@PathVariable String pessoaId, @Valid @RequestBody(required = false) PedidoDeEliminacao pedido) {
        commandGateway.sendAndWait(new EliminarDadosPessoais(pessoaId, pedido == null ? null : pedido.fundamento()));
        return ResponseEntity.noContent().build();
    }

    /**
     * The refusal's details survive the trip through Axon Server; the exception type does not. Only who may already
     * know the holder learns its id: an applicant learns just that the document is taken.
     */
    private static RuntimeException documentoEmUso(CommandExecutionException e, AcessoAsPessoas acesso) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HandlerExecutionException h && h.getDetails().orElse(null) instanceof DocumentoJaRegistrado d) {
                return new DocumentoEmUsoException(acesso.podeConhecer(d.pessoaExistenteId()) ? d
                        : new DocumentoJaRegistrado(d.regra(), d.mensagem(), null));
            }
        }
        return e;
    }

    private static String aparado(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }
}
