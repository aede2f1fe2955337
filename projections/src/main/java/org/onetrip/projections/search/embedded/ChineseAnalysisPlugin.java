package org.onetrip.projections.search.embedded;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Chinese analysis under the names a production cluster offers: {@code smartcn}, {@code smartcn_tokenizer} and
 * {@code smartcn_stop} come from the official analysis-smartcn plugin there, {@code cjk} from the built-in
 * analysis-common module. Neither is on Maven Central, so the same Lucene classes are registered here.
 */
public final class ChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "smartcn", analyzer(SmartChineseAnalyzer::new),
                "cjk", analyzer(CJKAnalyzer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                "smartcn_tokenizer",
                (indexSettings, environment, name, settings) ->
                        TokenizerFactory.newFactory(name, HMMChineseTokenizer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("smartcn_stop", (indexSettings, environment, name, settings) -> new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return new StopFilter(tokenStream, SmartChineseAnalyzer.getDefaultStopSet());
            }
        });
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(Supplier<Analyzer> newAnalyzer) {
        return (indexSettings, environment, name, settings) ->
                new SharedAnalyzerProvider(name, settings, newAnalyzer.get());
    }

    private static final class SharedAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

        private final Analyzer analyzer;

        SharedAnalyzerProvider(String name, Settings settings, Analyzer analyzer) {
            super(name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public Analyzer get() {
            return analyzer;
        }
    }
}
