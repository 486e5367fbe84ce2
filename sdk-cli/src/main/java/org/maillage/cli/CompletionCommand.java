package org.maillage.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code maillage completion bash|zsh}: the shell completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the completion script of a shell: commands, options and their values.",
            "bash: source <(maillage completion bash), or save it in ~/.local/share/bash-completion/completions/maillage.",
            "zsh: source <(maillage completion zsh) in ~/.zshrc (it loads bashcompinit).",
            "Exit codes: 0 printed, 2 usage error, 3 the output cannot be written."})
final class CompletionCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    CompletionCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw CliIo.Failure.usage("the shell must be bash or zsh, not '" + shell + "'");
        }
        String script = AutoComplete.bash("maillage", Main.commandLine(context));
        PrintWriter out = out();
        if (shell.equals("zsh")) {
            out.print("# maillage completion for zsh, through bash's completion functions\n"
                    + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n");
        }
        out.print(script);
        out.flush();
        return ExitCodes.OK;
    }
}
