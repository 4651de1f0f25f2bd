package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-parallel LCS against the textbook dynamic programme, on random texts of many sizes. */
class CharOverlapTest {

  static int naive(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
      }
    }
    return d[a.length()][b.length()];
  }

  static String random(Random r, int n, String alphabet) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void matchesTheDynamicProgramme() {
    Random r = new Random(42);
    String[] alphabets = {"ab", "工作总结计划报告", "abcdefghijklmnopqrstuvwxyz0123456789"};
    for (int round = 0; round < 300; round++) {
      String alphabet = alphabets[round % alphabets.length];
      // sizes around word boundaries (63, 64, 65, 128 …) exercise the carry between words
      String a = random(r, r.nextInt(200), alphabet);
      String b = random(r, r.nextInt(200), alphabet);
      assertEquals(naive(a, b), CharOverlap.lcs(a, b), a + " / " + b);
    }
    for (int n : new int[] {1, 63, 64, 65, 127, 128, 129, 300}) {
      String a = random(r, n, "ab");
      String b = random(r, n + 7, "ab");
      assertEquals(naive(a, b), CharOverlap.lcs(a, b), "n=" + n);
    }
  }

  @Test
  void edgeCases() {
    assertEquals(0, CharOverlap.lcs("", "abc"));
    assertEquals(3, CharOverlap.lcs("abc", "abc"));
    assertEquals(0, CharOverlap.lcs("abc", "xyz"));
    assertEquals("工作总结", CharOverlap.strip(" 工作\u3000总结\n\u00A0"));
  }
}
