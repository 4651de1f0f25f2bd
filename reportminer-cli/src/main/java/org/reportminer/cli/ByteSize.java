package org.reportminer.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses sizes such as {@code 200000}, {@code 64k}, {@code 64M}, {@code 1G} (binary units) for options. */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
    long factor = 1;
    if (v.endsWith("K")) {
      factor = 1L << 10;
    } else if (v.endsWith("M")) {
      factor = 1L << 20;
    } else if (v.endsWith("G")) {
      factor = 1L << 30;
    }
    String digits = factor == 1 ? v : v.substring(0, v.length() - 1);
    try {
      long n = Long.parseLong(digits.trim());
      if (n <= 0) {
        throw new TypeConversionException("size must be positive: " + value);
      }
      return Math.multiplyExact(n, factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException("not a size (e.g. 64M, 500k, 1048576): " + value);
    }
  }
}
