package dev.orderflow.localcloud.lambda.internal.inprocess;

import dev.orderflow.localcloud.lambda.internal.EnvironmentLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of one in-process environment: the runtime's, the function's and the layers'
 * jars in Lambda's order, over the platform class loader only (nothing of the local cloud leaks
 * in), with System calls rewritten to the environment's {@link IsolatedSystem}.
 */
final class IsolatingClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** Classes of the local cloud defined afresh in each environment. */
    private static final Set<String> INJECTED = Set.of(IsolatedSystem.class.getName(), InProcessRuntime.class.getName());

    private final Map<URL, ProtectionDomain> domains = new ConcurrentHashMap<>();
    private final EnvironmentLog log;

    IsolatingClassLoader(String name, List<Path> classPath, EnvironmentLog log) {
        super(name, urls(classPath), ClassLoader.getPlatformClassLoader());
        this.log = log;
    }

    /** The environment's output, for what reaches it other than through System.out and err. */
    EnvironmentLog log() {
        return log;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        if (INJECTED.contains(name)) {
            return define(name, read(IsolatingClassLoader.class.getClassLoader().getResource(path)), null);
        }
        URL resource = findResource(path);
        if (resource == null) {
            throw new ClassNotFoundException(name);
        }
        return define(name, SystemCallRewriter.rewrite(read(resource)), resource);
    }

    private Class<?> define(String name, byte[] bytes, URL resource) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String pkg = name.substring(0, dot);
            if (getDefinedPackage(pkg) == null) {
                try {
                    definePackage(pkg, null, null, null, null, null, null, null);
                } catch (IllegalArgumentException alreadyDefinedConcurrently) {
                    // another thread defined it first
                }
            }
        }
        return defineClass(name, bytes, 0, bytes.length, resource == null ? null : domain(resource));
    }

    private ProtectionDomain domain(URL resource) {
        URL location = location(resource);
        return domains.computeIfAbsent(location,
                url -> new ProtectionDomain(new CodeSource(url, (Certificate[]) null), null, this, null));
    }

    private static URL location(URL resource) {
        try {
            if ("jar".equals(resource.getProtocol())) {
                return ((JarURLConnection) resource.openConnection()).getJarFileURL();
            }
            return resource;
        } catch (IOException e) {
            return resource;
        }
    }

    private static byte[] read(URL resource) {
        try (InputStream in = resource.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static URL[] urls(List<Path> classPath) {
        return classPath.stream().map(path -> {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(path.toString(), e);
            }
        }).toArray(URL[]::new);
    }
}
