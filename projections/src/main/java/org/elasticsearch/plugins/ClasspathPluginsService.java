package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.env.Environment;

/**
 * Plugins instantiated from classes on the application's classpath instead of from a distribution's plugin folders.
 * Lives in this package because {@link PluginsService.LoadedPlugin} and {@link #loadPlugin} are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        var loaded = new ArrayList<LoadedPlugin>();
        for (var pluginClass : pluginClasses) {
            var descriptor = new PluginDescriptor(
                    pluginClass.getName(),
                    "classpath plugin",
                    "NA",
                    Build.current().version(),
                    Integer.toString(Runtime.version().feature()),
                    pluginClass.getName(),
                    null,
                    List.of(),
                    false,
                    false,
                    false,
                    false);
            var plugin = loadPlugin(pluginClass, environment.settings(), environment.configDir());
            loaded.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
                classpathPlugins.stream()
                        .map(LoadedPlugin::descriptor)
                        .map(PluginRuntimeInfo::new)
                        .toList(),
                List.of());
    }

    /**
     * All plugins share one class loader here, so the default lookup would find every service implementation once per
     * plugin, and a singleton service would be reported as ambiguous. Keep one instance per implementation class.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> byImplementation = new LinkedHashMap<>();
        for (var loaded : classpathPlugins) {
            var iterator = org.elasticsearch.plugins.spi.SPIClassIterator.get(service, loaded.classLoader());
            while (iterator.hasNext()) {
                Class<? extends T> implementation = iterator.next();
                if (!byImplementation.containsKey(implementation) && acceptsPlugin(implementation, loaded.instance())) {
                    byImplementation.put(implementation, createExtension(implementation, service, loaded.instance()));
                }
            }
        }
        return List.copyOf(byImplementation.values());
    }

    private static boolean acceptsPlugin(Class<?> implementation, Plugin plugin) {
        for (var constructor : implementation.getConstructors()) {
            if (constructor.getParameterCount() == 1 && !constructor.getParameterTypes()[0].isInstance(plugin)) {
                return false;
            }
        }
        return true;
    }
}
