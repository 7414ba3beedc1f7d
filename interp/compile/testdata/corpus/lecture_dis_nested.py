dis.dis(nested)
