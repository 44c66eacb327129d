package br.licenciamento.auth.usuario;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import br.licenciamento.platform.web.Pagina;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.platform.aleatorio.Aleatorios;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.web.Problemas;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static br.licenciamento.auth.Textos.MENSAGENS;

/** User administration (role ADMIN, see the route table). Passwords are stored only as adaptive hashes. */
@RestController
@Validated
@RequestMapping("/api/v1/usuarios")
@Tag(name = "Usuários", description = "Administração de usuários e papéis (ADMIN)")
class UsuarioController {

    private static final Logger log = LoggerFactory.getLogger(UsuarioController.class);
    private static final String PAPEL_VALIDO = "REQUERENTE|ANALISTA|GESTOR|FISCAL|AUDITOR|ADMIN";
    private static final String PAPEL_MENSAGEM = "{campo.papel}";

    private final Usuarios usuarios;
    private final PasswordEncoder senhas;
    private final UsuarioAtual usuarioAtual;

    UsuarioController(Usuarios usuarios, PasswordEncoder senhas, UsuarioAtual usuarioAtual) {
        this.usuarios = usuarios;
        this.senhas = senhas;
        this.usuarioAtual = usuarioAtual;
    }

    record NovoUsuario(
            @NotBlank(message = "{campo.informe-o-login}")
            @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "{campo.login-com-3-a-100-letras-minusculas-digitos-ponto-hifen-ou-sublinhado}")
            String login,
            @NotBlank(message = "{campo.informe-o-nome}") @Size(max = 200) String nome,
            @Email(message = "{campo.e-mail-invalido}") @Size(max = 254) String email,
            @NotNull(message = "{campo.informe-a-senha}") @Size(min = 10, max = 128, message = "{campo.a-senha-deve-ter-de-10-a-128-caracteres}")
            String senha,
            @NotEmpty(message = "{campo.informe-ao-menos-um-papel}")
            List<@Pattern(regexp = PAPEL_VALIDO, message = PAPEL_MENSAGEM) String> papeis) {
    }

    record AlteracaoDeUsuario(
            @NotBlank(message = "{campo.informe-o-nome}") @Size(max = 200) String nome,
            @Email(message = "{campo.e-mail-invalido}") @Size(max = 254) String email,
            @NotEmpty(message = "{campo.informe-ao-menos-um-papel}")
            List<@Pattern(regexp = PAPEL_VALIDO, message = PAPEL_MENSAGEM) String> papeis,
            @NotNull(message = "{campo.informe-se-o-usuario-esta-ativo}") Boolean ativo) {
    }

    record NovaSenha(@NotNull(message = "{campo.informe-a-senha}")
                     @Size(min = 10, max = 128, message = "{campo.a-senha-deve-ter-de-10-a-128-caracteres}") String senha) {
    }

    record UsuarioVisao(UUID id, String login, String nome, String email, List<String> papeis, boolean ativo,
                        int falhasDeLogin, Instant bloqueadoAte, Instant criadoEm) {
        static UsuarioVisao de(Usuario u) {
            return new UsuarioVisao(u.id(), u.login(), u.nome(), u.email(), u.papeis(), u.ativo(), u.falhasDeLogin(),
                    u.bloqueadoAte(), u.criadoEm());
        }
    }

    @GetMapping
    Pagina<UsuarioVisao> listar(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        Pagina<Usuario> encontrados = usuarios.pagina(pagina, tamanho);
        return new Pagina<>(encontrados.itens().stream().map(UsuarioVisao::de).toList(), encontrados.total(), pagina, tamanho);
    }

    @GetMapping("/{id}")
    UsuarioVisao consultar(@PathVariable UUID id) {
        return UsuarioVisao.de(existente(id));
    }

    @ApiResponse(responseCode = "201", description = "Usuário cadastrado; Location aponta o usuário.")
    @PostMapping
    ResponseEntity<?> cadastrar(@Valid @RequestBody NovoUsuario novo) {
        UUID id = Aleatorios.uuid();
        if (!usuarios.incluir(id, novo.login(), novo.nome(), novo.email(), senhas.encode(novo.senha()), novo.papeis().stream().distinct().toList())) {
            return Problemas.resposta(Problemas.problema(HttpStatus.CONFLICT, "login-em-uso",
                    MENSAGENS.texto("login-em-uso", novo.login())));
        }
        log.info("Usuário {} cadastrado por {} com papéis {}", novo.login(), usuarioAtual.sujeito(), novo.papeis());
        return ResponseEntity.created(URI.create("/api/v1/usuarios/" + id)).body(UsuarioVisao.de(existente(id)));
    }

    @PutMapping("/{id}")
    UsuarioVisao alterar(@PathVariable UUID id, @Valid @RequestBody AlteracaoDeUsuario alteracao) {
        Usuario atual = existente(id);
        boolean continuaAdmin = alteracao.ativo() && alteracao.papeis().contains("ADMIN");
        if (atual.ativo() && atual.papeis().contains("ADMIN") && !continuaAdmin && usuarios.contarAdminsAtivos() <= 1) {
            // Without an active administrator nobody could manage users any more.
            throw new RegraVioladaException(MENSAGENS, "ultimo-administrador");
        }
        usuarios.alterar(id, alteracao.nome(), alteracao.email(), alteracao.papeis().stream().distinct().toList(), alteracao.ativo());
        log.info("Usuário {} alterado por {}: papéis {}, ativo {}", atual.login(), usuarioAtual.sujeito(),
                alteracao.papeis(), alteracao.ativo());
        return UsuarioVisao.de(existente(id));
    }

    @ApiResponse(responseCode = "204", description = "Senha definida.")
    @PutMapping("/{id}/senha")
    ResponseEntity<Void> trocarSenha(@PathVariable UUID id, @Valid @RequestBody NovaSenha nova) {
        Usuario usuario = existente(id);
        usuarios.trocarSenha(id, senhas.encode(nova.senha()));
        log.info("Senha do usuário {} redefinida por {}", usuario.login(), usuarioAtual.sujeito());
        return ResponseEntity.noContent().build();
    }

    @ApiResponse(responseCode = "204", description = "Conta desbloqueada.")
    @PostMapping("/{id}/desbloqueio")
    ResponseEntity<Void> desbloquear(@PathVariable UUID id) {
        Usuario usuario = existente(id);
        usuarios.desbloquear(id);
        log.info("Usuário {} desbloqueado por {}", usuario.login(), usuarioAtual.sujeito());
        return ResponseEntity.noContent().build();
    }

    private Usuario existente(UUID id) {
        return usuarios.porId(id).orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.usuario", id)));
    }
}
