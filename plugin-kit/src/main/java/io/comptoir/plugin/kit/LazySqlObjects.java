package io.comptoir.plugin.kit;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.ExtensionMetadata;
import org.jdbi.v3.core.extension.ExtensionMetadata.ExtensionHandlerInvoker;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Attaches SqlObjects whose methods are prepared when first called, not all at once. JDBI's own attach prepares every
 * method of the type (a configuration of its own, its binders and mappers) each time a SqlObject is attached to a handle,
 * and a handle lives for one transaction: a checkout attached the forty-odd methods of the orders' DAO to call four of
 * them, and that preparing took a fifth of the app's CPU in {@code bench/checkout.sh}. Each method runs JDBI's own
 * handler for it, built from JDBI's metadata of the type, in the same extension context as JDBI's attach gives it.
 */
final class LazySqlObjects implements ExtensionFactory {
    private final ExtensionFactory sqlObjects;

    private LazySqlObjects(ExtensionFactory sqlObjects) {
        this.sqlObjects = requireNonNull(sqlObjects, "sqlObjects is null");
    }

    /** Puts itself before JDBI's SqlObject factory, which must be installed. */
    static void install(Jdbi jdbi) {
        ExtensionFactory sqlObjects = jdbi.getConfig(Extensions.class).findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("install the SqlObjectPlugin first"));
        jdbi.registerExtension(new LazySqlObjects(sqlObjects));
    }

    @Override
    public boolean accepts(Class<?> extensionType) {
        return sqlObjects.accepts(extensionType);
    }

    /** The proxy is this factory's own: JDBI hands it the handle supplier as it is. */
    @Override
    public Set<FactoryFlag> getFactoryFlags() {
        return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
        ConfigRegistry config = handleSupplier.getConfig();
        ExtensionMetadata metadata = config.get(Extensions.class).findMetadata(extensionType, sqlObjects);
        ConfigRegistry instanceConfig = metadata.createInstanceConfiguration(config);
        // a SqlObject serves its handle, which serves one thread at a time
        Map<Method, ExtensionHandlerInvoker> invokers = new HashMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "SqlObject " + extensionType.getName() + "@" + Integer.toHexString(System.identityHashCode(proxy));
                    default -> throw new UnsupportedOperationException(method.toString());
                };
            }
            ExtensionHandlerInvoker invoker = invokers.get(method);
            if (invoker == null) {
                invoker = metadata.createExtensionHandlerInvoker(proxy, method, handleSupplier, instanceConfig);
                invokers.put(method, invoker);
            }
            return invoker.invoke(args);
        };
        return extensionType.cast(Proxy.newProxyInstance(extensionType.getClassLoader(), new Class<?>[] {extensionType}, handler));
    }
}
