package org.maillage.server.internal;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.maillage.validation.Language;

/**
 * Errors Jetty answers itself (a request line or headers it cannot parse, a request refused while
 * stopping) as problem documents, like every other error of the service, never as Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** Creates the handler. */
    public ProblemErrorHandler() {
        // stateless
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer i ? i : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        String message = request.getAttribute(ERROR_MESSAGE) instanceof String s ? s : "";
        Problem p = switch (status) {
            case 503 -> new Problem(503, "unavailable", "Service unavailable", "Service indisponible",
                    "The service is stopping or cannot take this request now; try again in a moment.",
                    "Le service s'arrête ou ne peut pas prendre cette requête maintenant ; réessayez dans un instant.");
            case 413 -> new Problem(413, "too-large", "Content too large", "Contenu trop volumineux",
                    "The request is larger than this service accepts" + (message.isEmpty() ? "" : " (" + message + ")") + ".",
                    "La requête dépasse ce que ce service accepte.");
            case 431 -> new Problem(431, "headers-too-large", "Request header fields too large", "En-têtes trop volumineux",
                    "The request's headers are too large.", "Les en-têtes de la requête sont trop volumineux.");
            case 500 -> new Problem(500, "internal-error", "Internal error", "Erreur interne",
                    "The service failed on this request (a bug, please report it)" + (message.isEmpty() ? "" : ": " + message) + ".",
                    "Le service a échoué sur cette requête (un défaut, merci de le signaler).");
            default -> new Problem(status, "bad-request", "Bad request", "Requête incorrecte",
                    "The request cannot be read as HTTP" + (message.isEmpty() ? "" : ": " + message) + ".",
                    "La requête ne peut pas être lue en HTTP.");
        };
        response.reset();
        Responses.problem(response, callback, p, Request.getPathInContext(request), Language.FR);
        return true;
    }
}
