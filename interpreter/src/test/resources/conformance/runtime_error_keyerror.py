d = dict(apple=1)
print(d.get('pear', 0), d.pop('pear', None))
print(d['pear'])
