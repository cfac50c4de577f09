# Transcribes the tables of the domain reference's unit-costs-current.md (December 2026) into
# nwd-core/src/main/resources/org/nwd/cost/unit-costs-current.csv. Every figure is as that file gives
# it, in its own price year; the notes say where each comes from and what is not known. Run from
# that resources folder: python3 <this file>
import csv, io
HO21 = ("Home Office (2021), section 6.4.2, Table 10; most likely Radakin et al., The economic and social cost of contact child sexual abuse (13 Dec 2021), 2018/19 prices",
        "https://www.gov.uk/government/publications/the-economic-and-social-cost-of-contact-child-sexual-abuse")
NAO = ("National Audit Office, Managing children's residential care (September 2025), press release",
       "https://www.nao.org.uk/press-releases/government-needs-better-oversight-to-tackle-market-failures-in-childrens-residential-care")
CCN = ("County Councils Network figure as reported by The Independent, 31 December 2024 (the CCN report itself was not read)",
       "not recorded in the domain reference (The Independent, 31 December 2024)")
NMA = ("DfE national minimum allowance for foster carers, 2025/26 (6 April 2025 to 5 April 2026); values read in a trade summary (https://fosteringnews.co.uk/fostering/fostering-allowances-2025-26-explained-london-south-east-rest-of-england/); 3.55% uplift confirmed by a parliamentary answer (https://parallelparliament.co.uk/question/38410/foster-care-payments)",
       "https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering")
HOCOC = ("Home Office, Economic and social costs of crime 2019 to 2020 (published 27 May 2026), England and Wales, OGL v3.0, Tables 1, 3 and 4 as transcribed by a third party (the gov.uk page was not opened)",
         "https://www.gov.uk/government/publications/economic-and-social-costs-of-crime-2019-to-2020/economic-and-social-costs-of-crime-2019-to-2020")
PSSRU = ("Jones K.C., Weatherly H., Barker A., Birch S., Castelli A., Dargan A., Findlay D., Hinde S., Markham S., Smith D., Teo H. (2026), Unit Costs of Health and Social Care 2025 Manual, PSSRU (University of Kent) and CHE (University of York), 2024/25 prices, CC BY-NC-SA 4.0, Table %s",
         "https://doi.org/10.22024/UniKent/01.02.115569")
COLES = ("Coles, Godfrey, Keung, Parrott and Bradshaw (2010), Estimating the life-time cost of NEET, for the Audit Commission; figure as quoted by the Work Foundation (2011)",
         "not recorded in the domain reference")
DA = ("Oliver R., Alexander B., Roe S., Wlasny M. (January 2019), The economic and social costs of domestic abuse, Home Office Research Report 107, England and Wales, year ending March 2017; police figure from a blog summary of the report",
      "https://www.gov.uk/government/publications/the-economic-and-social-costs-of-domestic-abuse")
cur=[]
def add(code,desc,unit,agency,vt,amount,py,conf,cit,url,notes,parent=''):
    cur.append([code,desc,unit,agency,vt,amount,py,conf,'current',cit,url,parent,notes])
add('L-HO2021-CIN',"Children's social care cost per child in need",'per child per year','Local Authority','fiscal','8640','2018/19','uncertain',HO21[0],HO21[1],
    "Read in a third party's document that cites it; the table was not read. Which report it is, and the bearer (local authority children's services), are inferred (unit-costs-current.md section 3.1).")
add('L-HO2021-LAC-EXTRA',"Extra cost per looked-after child, added to the child-in-need cost",'per child per year','Local Authority','fiscal','45085','2018/19','uncertain',HO21[0],HO21[1],
    "Looked-after children are a subset of children in need, so a looked-after child carries both this and L-HO2021-CIN. Read in a third party's document that cites it (unit-costs-current.md section 3.1).")
add('L-NAO2025-CHILDRENS-HOME',"Average spend per child in a children's home",'per child per year','Local Authority','fiscal','318400','2023-24','primary',NAO[0],NAO[1],
    "Total residential spend was 3.1bn in 2023-24; the same measure was 239,800 in 2019-20. The NAO calls it real terms but its price base was not confirmed, so the price year is taken as 2023-24 as given (unit-costs-current.md section 3.1).")
add('L-CCN2024-RESIDENTIAL',"Average residential placement, county councils",'per child per week','Local Authority','fiscal','6108','2024 (cash)','secondary',CCN[0],CCN[1],
    "Up 55% from 3,935 in 2019. A cash figure for calendar 2024 (unit-costs-current.md section 3.2).")
bands=['0-2','3-4','5-10','11-15','16-17']
for region,label,vals in [('ROE','Rest of England',[170,176,194,220,258]),('LONDON','London',[198,201,225,257,299]),('SE','South East',[189,196,216,247,288])]:
    for b,v in zip(bands,vals):
        add('L-NMA2025-%s-%s'%(region,b),"Foster carer national minimum allowance, %s, age %s"%(label,b),'per child per week','Local Authority','fiscal',str(v),'2025/26','secondary',NMA[0],NMA[1],
            "The carer allowance floor only, not the full cost of a placement (no current full-cost figure was found). Paid by the fostering service (local authority or independent agency) to the carer; recorded against the local authority, which pays for the placement either way (inferred) (unit-costs-current.md section 3.3).")
crimes=[('VWI','Violence with injury',15720,280,13390,2050,'1.64'),('VWOI','Violence without injury',7150,120,5480,1540,'0.98'),
        ('ROBBERY','Robbery (personal)',10490,480,8560,1450,'2.02'),('THEFT-PERSON','Theft from the person',1590,290,1120,180,'3.43'),
        ('CRIMINAL-DAMAGE','Criminal damage',1970,300,1430,240,'1.85'),('BURGLARY','Domestic burglary',7720,1030,5510,1180,'2.17'),
        ('RAPE','Rape',48000,820,38100,9090,'2.78'),('OTHER-SEXUAL','Other sexual offences',6540,130,5610,800,'18.07'),
        ('HOMICIDE','Homicide',3346680,68700,2637190,640780,'1.00')]
for code,name,total,ant,con,resp,mult in crimes:
    s=ant+con+resp
    sums = "" if s==total else " The three parts as published sum to %s, not %s: the publication rounds each figure."%(f"{s:,}",f"{total:,}")
    common="Per crime, reported and unreported. Published total %s = anticipation %s + consequence %s + response %s; use all three parts for the whole cost.%s For police-recorded crime, first multiply the recorded count by the offence multiplier %s. The publication says its police-response basis is superseded by 'Economic and social cost of crime: amendments to unit costs' (not obtained) (unit-costs-current.md section 3.6)."%(f"{total:,}",f"{ant:,}",f"{con:,}",f"{resp:,}",sums,mult)
    add('L-HOCOC2020-%s-RESPONSE'%code,"%s: police and criminal justice response"%name,'per offence','Police and Criminal Justice System','fiscal',str(resp),'2019/20','secondary',HOCOC[0],HOCOC[1],
        "Response costs fall on the police and the wider criminal justice system (fiscal); the source does not split them between the two. "+common)
    add('L-HOCOC2020-%s-CONSEQUENCE'%code,"%s: consequences (harms, lost output, health and victim services)"%name,'per offence','not applicable','social',str(con),'2019/20','secondary',HOCOC[0],HOCOC[1],
        "Consequence costs cover physical and emotional harm (social), lost output (economic) and health and victim services (partly fiscal, NHS). The figures held do not split them, so the whole part is carried as social: it counts in the wider case only, and its NHS share is missing from the financial case. "+common)
    add('L-HOCOC2020-%s-ANTICIPATION'%code,"%s: spending in anticipation of crime"%name,'per offence','not applicable','economic',str(ant),'2019/20','secondary',HOCOC[0],HOCOC[1],
        "Defensive spending by households and businesses in anticipation of crime; carried as economic (the library's classification: the source does not give a value type for this part). "+common)
for code,name,amount,unit,table,note in [
    ('AE','A&E / emergency care attendance','280','per attendance','6.1.1',"From the NHS National Cost Collection. Not split into admitted and not admitted in the material seen."),
    ('NEL-SHORT','Non-elective inpatient stay, short stay','824','per stay','6.1.1',''),
    ('NEL-LONG','Non-elective inpatient stay, long stay','5395','per stay','6.1.1',''),
    ('ELECTIVE','Elective inpatient stay','6620','per stay','6.1.1',''),
    ('TALKING-THERAPIES','NHS Talking Therapies care contact','169','per care contact','6.1.1',"An adults' service: not a CAMHS proxy without justification. No current CAMHS figure was found; the GMCA v1.4 HE12.x rows (2013/14) remain the newest (unit-costs-current.md section 3.9).")]:
    add('L-PSSRU2025-'+code,name,unit,'NHS','fiscal',amount,'2024/25','secondary',PSSRU[0]%table,PSSRU[1],
        ("Transcribed by a third-party script that checks each number against the PDF text (unit-costs-current.md section 3.8). "+note).strip())
for code,name,amount in [('SW-ADULT','Social worker (adult services), without qualification costs','54'),('SW-ADULT-QUAL','Social worker (adult services), with qualification costs','61')]:
    add('L-PSSRU2025-'+code,name,'per hour','Local Authority','fiscal',amount,'2024/25','secondary',PSSRU[0]%'10.1.1',PSSRU[1],
        "Adult services. The children's social worker table was not located; the GMCA v1.4 SS18.2 and SS18.3 rows (2013/14) remain the newest for children's social workers (unit-costs-current.md section 3.10). Checked against the PDF text by the transcriber.")
add('L-COLES2010-NEET-LIFETIME','Lifetime public-finance cost per 16-18-year-old NEET','per person, lifetime','Exchequer','fiscal','56000','about 2009','secondary',COLES[0],COLES[1],
    "Benefits, lost tax, health and criminal justice over a lifetime: not an annual figure. Price year not stated (about 2009). No per-year NEET figure newer than GMCA E&E10.0 (2010/11) was found (unit-costs-current.md section 3.11).")
add('L-COLES2010-NEET-LIFETIME','Lifetime resource cost per 16-18-year-old NEET','per person, lifetime','not applicable','economic','104000','about 2009','secondary',COLES[0],COLES[1],
    "Resource cost to society over a lifetime: not an annual figure. Price year not stated (about 2009) (unit-costs-current.md section 3.11).")
add('L-HO2019-DA-POLICE','Police response to domestic abuse','per victim','Police','fiscal','645','2016/17','secondary',DA[0],DA[1],
    "About 1,257m a year, about 645 per victim (blog summary of the report). Per victim, not per incident; harms are counted over the average duration of abuse, about three years. The whole cost per victim, 34,015, combines all three value types and is not split per victim in the figures held; the aggregate split was harms 47.3bn (social), lost output 14.1bn (economic) and public and other services 4.7bn (mostly fiscal) of 66.2bn (UK Statistics Authority letter) (unit-costs-current.md section 3.12).")
out=io.StringIO(); w=csv.writer(out, lineterminator='\n')
w.writerow(['code','description','unit','agency','value_type','amount_gbp','price_year','confidence','recency','citation','source_url','parent_code','notes'])
for r in cur: w.writerow(r)
open('unit-costs-current.csv','w').write(out.getvalue())
print(len(cur))
