var ids: Set<Int> = [1, 2]
ids.insert(3)
ids.insert("four")
print(ids.count)
