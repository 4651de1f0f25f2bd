package org.reportminer.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the files of the job's inputs on the driver, in the order and with the paths of the
 * command line ({@code pipeline.InputSources}): directories are walked in name order at every
 * level, names starting with "." are skipped, and a file's shown path is the argument as given
 * followed by its path below it. Containers (zip, WARC) are opened by executors, not here.
 */
final class InputFiles {
  private InputFiles() {}

  /** The files of {@code args}; an argument that does not exist is returned in {@code missing}. */
  static List<InputFile> list(List<String> args, Configuration conf, List<String> missing) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (String arg : args) {
      Path path = new Path(arg);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        missing.add(arg);
        continue;
      }
      FileStatus status = fs.getFileStatus(path);
      String shown = display(arg);
      if (status.isDirectory()) {
        walk(fs, status.getPath(), shown.replaceAll("/+$", ""), out);
      } else {
        out.add(new InputFile(status.getPath().toString(), shown, out.size(), null));
      }
    }
    return out;
  }

  private static void walk(FileSystem fs, Path dir, String shown, List<InputFile> out) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      String childShown = shown.isEmpty() ? name : shown + "/" + name;
      if (child.isDirectory()) {
        walk(fs, child.getPath(), childShown, out);
      } else if (child.isFile()) {
        out.add(new InputFile(child.getPath().toString(), childShown, out.size(), null));
      }
    }
  }

  /** The argument as the command line shows it (as {@code InputSources} does). */
  static String display(String arg) {
    String s = arg.replace('\\', '/');
    while (s.startsWith("./") && s.length() > 2) {
      s = s.substring(2);
    }
    return s.toLowerCase(Locale.ROOT).equals(".") ? "" : s;
  }
}
