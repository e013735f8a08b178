package io.comptoir.plugin.kit;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Attaches SqlObjects whose methods are prepared when first called, and once for every handle. JDBI's own attach prepares
 * every method of the type (a configuration of its own, its binders and mappers) each time a SqlObject is attached to a
 * handle, and a handle lives for one transaction: a checkout attached the forty-odd methods of the orders' DAO to call four
 * of them, and that preparing took a fifth of the app's CPU in {@code bench/checkout.sh}; preparing only the methods
 * called, but again in every transaction, still took a tenth.
 * <p>So a method that runs SQL (abstract, handled by JDBI) is prepared once, with the configuration of the first handle
 * that calls it, and its invoker serves every handle after: it reaches the calling handle through {@link CurrentHandle},
 * which the proxy of each handle sets around the call. That configuration is the {@link Jdbi}'s, copied: a handle adds
 * none of its own here ({@code Daos}, which does, is copied empty). A default method runs on the proxy of its own handle,
 * so it is prepared per handle, as before.
 */
final class LazySqlObjects implements ExtensionFactory {
    private final ExtensionFactory sqlObjects;
    /** Per SqlObject type, its methods' invokers shared by every handle, prepared on first call. */
    private final Map<Class<?>, Shared> shared = new ConcurrentHashMap<>();
    /** JDBI asks on every attach, and SqlObject's answer walks the type's methods each time. */
    private final Map<Class<?>, Boolean> accepted = new ConcurrentHashMap<>();

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
        return accepted.computeIfAbsent(extensionType, sqlObjects::accepts);
    }

    /** The proxy is this factory's own: JDBI hands it the handle supplier as it is. */
    @Override
    public Set<FactoryFlag> getFactoryFlags() {
        return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
        Shared type = shared.computeIfAbsent(extensionType, t -> {
            ConfigRegistry config = handleSupplier.getConfig();
            ExtensionMetadata metadata = config.get(Extensions.class).findMetadata(t, sqlObjects);
            return new Shared(t, metadata, metadata.createInstanceConfiguration(config));
        });
        // a SqlObject serves its handle, which serves one thread at a time
        Map<Method, ExtensionHandlerInvoker> own = new HashMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "SqlObject " + extensionType.getName() + "@" + Integer.toHexString(System.identityHashCode(proxy));
                    default -> throw new UnsupportedOperationException(method.toString());
                };
            }
            if (method.isDefault()) {
                ExtensionHandlerInvoker invoker = own.get(method);
                if (invoker == null) {
                    invoker = type.metadata.createExtensionHandlerInvoker(proxy, method, handleSupplier, type.instanceConfig);
                    own.put(method, invoker);
                }
                return invoker.invoke(args);
            }
            ExtensionHandlerInvoker invoker = type.invokers.computeIfAbsent(method,
                    m -> type.metadata.createExtensionHandlerInvoker(type.target, m, CurrentHandle.INSTANCE, type.instanceConfig));
            return CurrentHandle.INSTANCE.call(handleSupplier, () -> invoker.invoke(args));
        };
        return extensionType.cast(Proxy.newProxyInstance(extensionType.getClassLoader(), new Class<?>[] {extensionType}, handler));
    }

    /** What every handle's SqlObjects of one type share: JDBI's metadata of it, its configuration, its methods' invokers. */
    private static final class Shared {
        final ExtensionMetadata metadata;
        final ConfigRegistry instanceConfig;
        final Map<Method, ExtensionHandlerInvoker> invokers = new ConcurrentHashMap<>();
        /**
         * The target JDBI gives a shared invoker: none of a handle's proxies, which would keep that handle (JDBI's handlers
         * of SQL methods do not call their target; one that did would fail here rather than use another handle).
         */
        final Object target;

        Shared(Class<?> type, ExtensionMetadata metadata, ConfigRegistry instanceConfig) {
            this.metadata = metadata;
            this.instanceConfig = instanceConfig;
            this.target = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return switch (method.getName()) {
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> "shared SqlObject target of " + type.getName();
                    };
                }
                throw new UnsupportedOperationException("a shared SqlObject invoker called its target: " + method);
            });
        }
    }

    /**
     * The handle of the SqlObject whose method runs on this thread: what a shared invoker asks for its handle, its
     * configuration and its extension context. A call from one SqlObject's method into another's restores the caller's.
     */
    private static final class CurrentHandle implements HandleSupplier {
        static final CurrentHandle INSTANCE = new CurrentHandle();
        private static final ThreadLocal<HandleSupplier> CURRENT = new ThreadLocal<>();

        <T> T call(HandleSupplier supplier, Supplier<T> call) {
            HandleSupplier previous = CURRENT.get();
            CURRENT.set(supplier);
            try {
                return call.get();
            }
            finally {
                if (previous == null) {
                    CURRENT.remove();
                }
                else {
                    CURRENT.set(previous);
                }
            }
        }

        private static HandleSupplier current() {
            HandleSupplier supplier = CURRENT.get();
            if (supplier == null) {
                throw new IllegalStateException("a shared SqlObject method ran outside its proxy");
            }
            return supplier;
        }

        @Override
        public Handle getHandle() {
            return current().getHandle();
        }

        @Override
        public Jdbi getJdbi() {
            return current().getJdbi();
        }

        @Override
        public ConfigRegistry getConfig() {
            return current().getConfig();
        }

        @Override
        public <V> V invokeInContext(ExtensionContext extensionContext, Callable<V> task) throws Exception {
            return current().invokeInContext(extensionContext, task);
        }
    }
}
