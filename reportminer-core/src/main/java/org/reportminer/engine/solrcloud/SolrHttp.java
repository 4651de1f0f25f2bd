package org.reportminer.engine.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.reportminer.engine.NoIndexException;
import org.reportminer.model.RecordJson;
import org.reportminer.search.QueryException;

/**
 * Requests to one Solr node's JSON API, {@code wt=json}, parameters sent as a form (POST), so
 * long queries and many filters fit. A collection request is routed by the node to every shard;
 * any live node of the cluster will do. Solr's 400 answers (a query its {@code reportminer}
 * parser refuses) become {@link QueryException} with Solr's message, a missing collection {@link
 * NoIndexException}, other failures {@link IOException} naming the URL. Thread-safe.
 */
final class SolrHttp {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI solr;
  private final String collection;
  private final HttpClient client;

  /** Requests to {@code solr} (e.g. {@code http://localhost:8983/solr}) for {@code collection}. */
  SolrHttp(URI solr, String collection) {
    String base = solr.toString().replaceAll("/+$", "");
    this.solr = URI.create(base);
    this.collection = collection;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** The collection's URL, for messages. */
  String url() {
    return solr + "/" + collection;
  }

  /** A request to the collection's {@code handler} (such as {@code select}, {@code get}). */
  JsonNode collection(String handler, Map<String, List<String>> params)
      throws IOException, QueryException {
    return post(solr + "/" + enc(collection) + "/" + handler, params);
  }

  /** A request to a node-level {@code path} (such as {@code admin/collections}) of {@code base}. */
  JsonNode node(String base, String path, Map<String, List<String>> params)
      throws IOException, QueryException {
    return post(base.replaceAll("/+$", "") + "/" + path, params);
  }

  /** The URL of this node (the one requests go to). */
  String nodeUrl() {
    return solr.toString();
  }

  private JsonNode post(String url, Map<String, List<String>> params) throws IOException, QueryException {
    StringBuilder form = new StringBuilder("wt=json");
    params.forEach((k, values) -> values.forEach(v -> form.append('&').append(enc(k)).append('=').append(enc(v))));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new IOException("cannot reach Solr at " + solr + " (is it running?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking Solr at " + solr, e);
    }
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    String message = body == null ? "" : body.path("error").path("msg").asText("");
    if (status == 400) {
      // the plugin's refusal is a Solr SyntaxError carrying the embedded parser's message
      throw new QueryException(message.isEmpty() ? "Solr refused the request"
          : firstLine(message).replaceFirst("^org\\.apache\\.solr\\.search\\.SyntaxError: ", ""));
    }
    if (status == 404) {
      throw new NoIndexException("no collection " + collection + " at " + solr
          + " (create it and load reports first; docs/SCALE.md)");
    }
    if (status != 200 || body == null) {
      throw new IOException("Solr at " + url + " answered " + status
          + (message.isEmpty() ? "" : ": " + firstLine(message)));
    }
    return body;
  }

  private static JsonNode parse(String body) {
    try {
      return RecordJson.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
