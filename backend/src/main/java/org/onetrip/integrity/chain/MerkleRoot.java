package org.onetrip.integrity.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * RFC 6962 Merkle tree hash over event hashes, fed one leaf at a time in O(log n) memory: a leaf is
 * SHA-256(0x00 || event hash bytes), a node SHA-256(0x01 || left || right). Folding the stack of
 * complete subtrees from the right gives exactly the RFC's tree for any n.
 */
public final class MerkleRoot {

    private record Subtree(long size, byte[] hash) {}

    private final List<Subtree> stack = new ArrayList<>();
    private long count;

    public void add(String eventHashHex) {
        var subtree = new Subtree(1, digest((byte) 0, HexFormat.of().parseHex(eventHashHex), null));
        count++;
        while (!stack.isEmpty() && stack.get(stack.size() - 1).size() == subtree.size()) {
            var left = stack.remove(stack.size() - 1);
            subtree = new Subtree(left.size() * 2, digest((byte) 1, left.hash(), subtree.hash()));
        }
        stack.add(subtree);
    }

    public long count() {
        return count;
    }

    public String rootHex() {
        if (stack.isEmpty()) {
            return EventHashes.sha256Hex(new byte[0]);
        }
        byte[] acc = stack.get(stack.size() - 1).hash();
        for (int i = stack.size() - 2; i >= 0; i--) {
            acc = digest((byte) 1, stack.get(i).hash(), acc);
        }
        return HexFormat.of().formatHex(acc);
    }

    private static byte[] digest(byte prefix, byte[] a, byte[] b) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(prefix);
            sha.update(a);
            if (b != null) {
                sha.update(b);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
