from decimal import Decimal as D, getcontext
getcontext().prec = 40
I25, I24, I12 = D('103.2388'), D('100'), D('71.5454')
r = D('1.035')
df = lambda t: 1 / r**t
# missing incidents: 60 events, d 0.3, att 0.2, OB 0.25, drop-off 0.33, 3 years, Police (10% cashable)
uc_m = D('1325.44') * I25 / I12
net1_m = D(60) * D('0.7') * D('0.8') * D('0.75')
pv_m = sum(net1_m * uc_m * D('0.67')**(k-1) * df(k) for k in range(1, 4))
# crisis presentations: 12 events, d 0.3, 1 year, NHS (not cashable)
uc_c = D(280) * I25 / I24
pv_c = D(12) * D('0.7') * uc_c * df(1)
# external placement days: 364 days (2 young people x 26 weeks), d 0.1, drop-off 0.5, 2 years, LA (50% cashable)
uc_e = D(6108) * I25 / I24 / 7
net1_e = D(364) * D('0.9')
pv_e = sum(net1_e * uc_e * D('0.5')**(k-1) * df(k) for k in range(1, 3))
costs = D(120000) * D('1.1') + D(60000) * D('1.1') * df(1)
b = pv_m + pv_c + pv_e
print('uc_m', uc_m); print('uc_c', uc_c); print('uc_e', uc_e)
print('pv_m', pv_m); print('pv_c', pv_c); print('pv_e', pv_e)
print('PV benefits', b); print('PV costs', costs); print('NPV', b - costs)
print('LA net', pv_e - costs); print('Police net', pv_m); print('NHS net', pv_c)
print('cashable', pv_m * D('0.1') + pv_e * D('0.5'))
print('BCR', b / costs)
