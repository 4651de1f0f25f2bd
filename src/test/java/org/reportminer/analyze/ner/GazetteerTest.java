package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static String codes(byte[] codes) {
    StringBuilder sb = new StringBuilder();
    for (byte c : codes) {
      sb.append(Gazetteer.CODES.charAt(c));
    }
    return sb.toString();
  }

  @Test
  void forwardMaximumMatchingGivesEachCharItsPosition() {
    Gazetteer g = new Gazetteer(List.of("云溪", "云溪县", "县城", "溪"), List.of("政府", "人民政府", "局"));
    // 云溪县 is the longest entry at 云; 县城 overlaps it and is not taken
    assertEquals("BME-", codes(g.places("云溪县城")));
    assertEquals("---BMMES", codes(g.suffixes("云溪县人民政府局")).substring(0, 8));
    assertEquals("S", codes(g.places("溪")));
    assertEquals("", codes(g.places("")));
  }

  @Test
  void shippedListsHoldOfficialNamesAndShortForms() {
    Gazetteer g = Gazetteer.shipped();
    assertEquals("BMEBE", codes(g.places("海淀区北京")));
    assertEquals("BE", codes(g.places("延边")));
    assertEquals("BMMMMMME", codes(g.places("延边朝鲜族自治州")));
    assertEquals("BME", codes(g.places("内蒙古")));
    assertEquals("-BMME", codes(g.suffixes("某有限公司")));
    List<String> places = Gazetteer.readList("/models/ner/places.txt");
    assertTrue(places.size() > 5000 && !places.contains("市辖区"), places.size() + " places");
  }
}
