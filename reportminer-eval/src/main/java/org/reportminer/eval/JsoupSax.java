package org.reportminer.eval;

import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Replays a jsoup tree as SAX events, upper-case element names as NekoHTML reports them. This is
 * how Boilerpipe's {@code BoilerpipeHTMLContentHandler} is fed here without NekoHTML and Xerces
 * (see the pom). Not thread-safe; one call per tree.
 */
final class JsoupSax {
  private JsoupSax() {}

  /** Sends {@code root} and everything below it to {@code handler}, inside start/endDocument. */
  static void replay(Node root, ContentHandler handler) throws SAXException {
    handler.startDocument();
    SAXException[] failure = new SAXException[1];
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (failure[0] != null) {
          return;
        }
        try {
          if (node instanceof Element e) {
            String tag = e.normalName().toUpperCase(Locale.ROOT);
            AttributesImpl atts = new AttributesImpl();
            for (Attribute a : e.attributes()) {
              atts.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
            }
            handler.startElement("", tag, tag, atts);
          } else if (node instanceof TextNode t) {
            char[] c = t.getWholeText().toCharArray();
            handler.characters(c, 0, c.length);
          } else if (node instanceof DataNode d) {
            char[] c = d.getWholeData().toCharArray();
            handler.characters(c, 0, c.length);
          }
        } catch (SAXException ex) {
          failure[0] = ex;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (failure[0] != null || !(node instanceof Element e)) {
          return;
        }
        try {
          String tag = e.normalName().toUpperCase(Locale.ROOT);
          handler.endElement("", tag, tag);
        } catch (SAXException ex) {
          failure[0] = ex;
        }
      }
    }, root);
    if (failure[0] != null) {
      throw failure[0];
    }
    handler.endDocument();
  }
}
