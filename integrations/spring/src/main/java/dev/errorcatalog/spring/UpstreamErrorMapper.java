package dev.errorcatalog.spring;

import dev.errorcatalog.CatalogException;
import java.util.Optional;

/**
 * An application's explicit answer to an upstream's error that a handler let escape: a {@link CatalogException}
 * {@linkplain CatalogException#isDecoded() decoded} from another server's response. By default the starter
 * never presents such an error as the service's own (see {@link UpstreamErrors}); a bean of this type is how an
 * application says otherwise, for the errors it chooses. The beans are asked in their order
 * ({@code @Order}, {@code Ordered}); the first answer wins, then the {@code errorcatalog.errors.relay} list.
 *
 * <p>What the answer may be:
 *
 * <ul>
 *   <li>An exception of the service's own, raised as a handler would raise it (the generated factories):
 *       answered exactly as if thrown, its message, arguments and wait included. Whatever of the upstream
 *       the mapping copies into it (a wait to announce, an argument) is the mapping's explicit decision.
 *   <li>The upstream's exception itself (or another decoded one): relayed as its entry documents it, the
 *       entry's status and documented body (or problem details), its message formatted from the arguments
 *       under {@link dev.errorcatalog.SafeText}'s policy; the message, status and headers the upstream sent
 *       (its {@code Retry-After} included) are not passed on.
 *   <li>Empty, to leave it to the next mapper, the relay list, {@code errorcatalog.errors.upstream}, and
 *       last the handling of an uncaught exception.
 * </ul>
 *
 * An answer without an HTTP error entry (status 400 to 599) counts as no answer.
 */
@FunctionalInterface
public interface UpstreamErrorMapper {

  /**
   * This service's answer to an upstream's error.
   *
   * @param upstream the decoded exception a handler let escape ({@code upstream.isDecoded()} is true)
   * @return the exception to answer with, or empty for no answer
   */
  Optional<CatalogException> map(CatalogException upstream);
}
