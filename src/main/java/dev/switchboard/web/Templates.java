package dev.switchboard.web;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;

import java.nio.file.Path;

/**
 * Renders JTE templates, each with one typed model. Production uses the classes the Maven build precompiled; under
 * development the templates are compiled from {@code src/main/jte} on change, so an edit shows on reload.
 */
final class Templates {

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    static Templates create(boolean development) {
        if (!development) {
            return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
        }
        CodeResolver sources = new DirectoryCodeResolver(Path.of("src", "main", "jte"));
        Path classes = Path.of("target", "jte-classes");
        return new Templates(TemplateEngine.create(sources, classes, ContentType.Html,
                Templates.class.getClassLoader()));
    }

    String render(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }
}
