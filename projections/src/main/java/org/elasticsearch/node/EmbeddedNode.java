package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are classes on the classpath. In this package only because the {@link Node} constructor that
 * accepts a prepared {@link NodeConstruction} is package-private.
 */
public final class EmbeddedNode extends Node {

    private EmbeddedNode(NodeConstruction construction) {
        super(construction);
    }

    public static EmbeddedNode create(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        var pluginClassList = List.copyOf(pluginClasses);
        var classpathPlugins = new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment pluginEnvironment, PluginsLoader ignored) {
                return new ClasspathPluginsService(pluginEnvironment, pluginClassList);
            }
        };
        // No plugin bundles to load from disk: the provider above supplies every plugin.
        return new EmbeddedNode(NodeConstruction.prepareConstruction(environment, null, classpathPlugins, true));
    }

    /** The stock listener puts the node and cluster id into JVM-wide logging state, set once: a second node would fail. */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}

    public HttpServerTransport httpTransport() {
        return injector().getInstance(HttpServerTransport.class);
    }
}
