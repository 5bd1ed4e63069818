package dev.switchboard.lesson;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders lesson Markdown to HTML. Raw HTML in the source is escaped (lessons are text, not markup), and links to
 * a glossary term or a status code carry that entry's one-sentence preview, which the page shows as a tooltip.
 */
final class Markdown {

    private static final List<Extension> extensions = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer;

    /** {@code previewFor} maps a link target such as {@code /glossary/microservices} to its preview text. */
    Markdown(Function<String, Optional<String>> previewFor) {
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> previewAttributes(previewFor))
                .build();
    }

    String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    private static AttributeProvider previewAttributes(Function<String, Optional<String>> previewFor) {
        return (node, tagName, attributes) -> {
            if (node instanceof Link link) {
                previewFor.apply(link.getDestination()).ifPresent(preview -> addPreview(attributes, preview));
                if (link.getDestination().equals("/sandbox")) {
                    attributes.put("target", "_blank");
                    attributes.put("rel", "noopener");
                }
            }
        };
    }

    private static void addPreview(Map<String, String> attributes, String preview) {
        attributes.put("class", "term");
        attributes.put("data-preview", preview);
        attributes.put("title", preview);
    }
}
